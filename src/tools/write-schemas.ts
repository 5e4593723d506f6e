/**
 * Writes the JSON Schema files in schemas/ from the zod schemas (the single source of the record
 * shape). `npm run schemas` regenerates them; a test fails when they drift.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas } from '../schema/json-schema.js';

const dir = process.argv[2] ?? 'schemas';
for (const [name, schema] of Object.entries(jsonSchemas())) writeFileSync(join(dir, name), `${JSON.stringify(schema, null, 2)}\n`);
