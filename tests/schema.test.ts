import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { jsonSchemas } from '../src/schema/json-schema.js';
import { MentionSchema } from '../src/schema/record.js';
import { isErrorRecord } from '../src/schema/record-helpers.js';
import { extract } from '../src/index.js';
import { ROOT } from './helpers/run.js';

it('schemas/ matches the zod schemas (run `npm run schemas` after changing them)', () => {
  const expected = jsonSchemas();
  // Besides the JSON Schema files, schemas/ holds the validator compiled from them at build time.
  expect(
    readdirSync(join(ROOT, 'schemas'))
      .filter((f) => f.endsWith('.json'))
      .sort(),
  ).toEqual(Object.keys(expected).sort());
  for (const [name, schema] of Object.entries(expected)) {
    expect(JSON.parse(readFileSync(join(ROOT, 'schemas', name), 'utf8')), name).toEqual(schema);
  }
});

it('mentions list their fields in the schema order, optional ones only when set', () => {
  const order = new Map(MentionSchema.options.map((o) => [o.shape.type.value as string, Object.keys(o.shape)]));
  const texts = [
    'В прошлом году аким области Берик Уали выделил более 658 млн тенге, около 35% бюджета. Построено свыше 120 школ, 20 мая 2017 года открыта больница.',
    'Биыл облыс әкімі 1,2 млрд теңгеден астам қаражат бөлді, бұл 20 пайызға жуық. 17 ауылға жуық мектеп салынды, 4 қарашада 300-ден астам адам келді.',
  ];
  const mentions = texts.flatMap((text) => {
    const record = extract(text);
    if (isErrorRecord(record)) throw new Error(record.error.message);
    return record.mentions;
  });
  // Both kinds of optional field occur, so the check below is not vacuous.
  expect(mentions.some((m) => 'qualifier' in m)).toBe(true);
  expect(mentions.some((m) => m.type === 'date' && m.relative === true)).toBe(true);
  for (const m of mentions) {
    const keys = Object.keys(m);
    expect(keys, m.text).toEqual(order.get(m.type)!.filter((k) => keys.includes(k)));
    expect(Object.values(m), m.text).not.toContain(undefined);
  }
});
