import { expect, it } from 'vitest';
import ru from '../src/lang/ru/heads.json' with { type: 'json' };
import mined from '../src/lang/ru/heads.nerel.json' with { type: 'json' };
import { ruForms, type Declension } from '../src/lang/ru/declension.js';
import { computeRuHeadForm, homographHeadForm, type RuHeadForm } from '../src/lang/ru/title-heads.js';

// src/lang/ru/title-heads.ts makes a head's forms only when a word may be one of them. Here every
// form of every head is made up front, as one table where the first head to give a form wins, and
// each form's lazy reading must be that table's.
const homographs = new Set(ru.homographs);
const occupations = new Set(ru.occupations);
const table = new Map<string, RuHeadForm>();
function add(form: string, reading: RuHeadForm): void {
  if (!table.has(form)) table.set(form, reading);
  if (form.includes('ё')) add(form.replaceAll('ё', 'е'), reading);
}
const heads: [string, Declension, boolean][] = [
  ...Object.entries(ru.heads).map(([nom, decl]): [string, Declension, boolean] => [nom, decl as Declension, occupations.has(nom)]),
  ...Object.entries(mined).map(([nom, decl]): [string, Declension, boolean] => [nom, decl as Declension, true]),
];
for (const [nom, decl, occupation] of heads) {
  const adjective = decl === 'adj';
  const indeclinable = decl === 'indecl';
  for (const f of ruForms(nom, decl)) add(f.form, { nom, oblique: f.oblique, plural: f.plural, occupation, adjective, indeclinable });
  if (adjective) {
    const fem = `${nom.slice(0, -2)}ая`;
    add(fem, { nom: fem, oblique: false, plural: false, occupation, adjective, indeclinable });
    for (const e of ['ой', 'ей', 'ую']) add(nom.slice(0, -2) + e, { nom: fem, oblique: true, plural: false, occupation, adjective, indeclinable });
  }
}

it('reads every form of every head as the table of all forms does, homographs apart', () => {
  expect(table.size).toBeGreaterThan(5000);
  const wrong: string[] = [];
  for (const [form, reading] of table) {
    const lazy = homographs.has(form) ? homographHeadForm(form) : computeRuHeadForm(form);
    if (JSON.stringify(lazy) !== JSON.stringify(reading)) wrong.push(`${form}: ${JSON.stringify(lazy)} ≠ ${JSON.stringify(reading)}`);
    if (homographs.has(form) && computeRuHeadForm(form) !== undefined) wrong.push(`${form}: a homograph read as a title`);
  }
  expect(wrong).toEqual([]);
});

it('reads no other word as a head, and a form with «ё» also without it', () => {
  for (const word of ['стол', 'окна', 'министерство', 'а', '', 'ё', 'премьера']) expect(computeRuHeadForm(word), word).toBeUndefined();
  expect(computeRuHeadForm('королём')?.nom).toBe('король');
  expect(homographHeadForm('экс-премьера')?.nom).toBe('премьер');
});

it('gives a feminine in -ка its genitive plural with the vowel its consonant takes', () => {
  const genitives = (nom: string): string[] =>
    ruForms(nom, 'a')
      .filter((f) => f.plural)
      .map((f) => f.form);
  expect(genitives('девушка')).toContain('девушек');
  expect(genitives('подружка')).toContain('подружек');
  expect(genitives('журналистка')).toContain('журналисток');
  expect(genitives('девушка')).not.toContain('девушок');
});
