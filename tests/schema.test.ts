import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { jsonSchemas } from '../src/schema/json-schema.js';
import { ROOT } from './helpers/run.js';

it('schemas/ matches the zod schemas (run `npm run schemas` after changing them)', () => {
  const expected = jsonSchemas();
  // Besides the JSON Schema files, schemas/ holds the validator compiled from them at build time.
  expect(readdirSync(join(ROOT, 'schemas')).filter((f) => f.endsWith('.json')).sort()).toEqual(Object.keys(expected).sort());
  for (const [name, schema] of Object.entries(expected)) {
    expect(JSON.parse(readFileSync(join(ROOT, 'schemas', name), 'utf8')), name).toEqual(schema);
  }
});
