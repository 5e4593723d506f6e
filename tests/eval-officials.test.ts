import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clusterPersons, OfficialsScorer, readRelDir, relDirBeside, seedOfficials, type GoldOfficials, type OfficialsError, type PredictedOfficials } from '../src/eval/officials.js';
import { headline } from '../src/cli/eval.js';
import { DEFAULT_LABEL_MAP, readBrat } from '../src/eval/gold.js';
import { score } from '../src/eval/score.js';

// "Министр финансов Айгуль Жумабаева встретилась с акимом Сериком Омаровым. Жумабаева отметила рост."
const text = 'Министр финансов Айгуль Жумабаева встретилась с акимом Сериком Омаровым. Жумабаева отметила рост.';
const span = (s: string, from = 0): { start: number; end: number; text: string } => {
  const start = text.indexOf(s, from);
  return { start, end: start + s.length, text: s };
};
const minister = span('Министр финансов');
const aigul = span('Айгуль Жумабаева');
const akim = span('акимом');
const serik = span('Сериком Омаровым');
const later = span('Жумабаева', aigul.end);

const gold: GoldOfficials = {
  persons: [[aigul, later], [serik]],
  pairs: [
    { person: 0, position: minister },
    { person: 1, position: akim },
  ],
};
const person = (s: typeof aigul) => ({ ...s, type: 'person' });
const position = (s: typeof aigul) => ({ ...s, type: 'position' });

function run(pred: PredictedOfficials | undefined, g: GoldOfficials = gold, errors?: OfficialsError[]) {
  const scorer = new OfficialsScorer();
  scorer.add('d', g, pred, errors);
  return scorer.report();
}

describe('officials scoring', () => {
  it('gives 1.0 when every pair is linked', () => {
    const r = run({
      mentions: [position(minister), person(aigul), position(akim), person(serik)],
      officials: [
        { name: 'Айгуль Жумабаева', mentions: [1], positionMentions: [0] },
        { name: 'Серик Омаров', mentions: [3], positionMentions: [2] },
      ],
    });
    expect(r).toMatchObject({ gold: 2, predicted: 2, correct: 2, found: 2, p: 1, r: 1, f1: 1 });
  });

  it('credits a link made through another mention of the same gold person, with overlapping spans', () => {
    const shortTitle = { ...span('Министр'), type: 'position' };
    const r = run({ mentions: [shortTitle, person(later)], officials: [{ name: 'Айгуль Жумабаева', mentions: [1], positionMentions: [0] }] });
    expect(r).toMatchObject({ predicted: 1, correct: 1, found: 1, p: 1, r: 0.5 });
  });

  it('tells a missed person, a missed position and a missed link apart', () => {
    const errors: OfficialsError[] = [];
    const onlyMentions = run({ mentions: [position(minister), person(aigul), person(serik)], officials: [] }, gold, errors);
    expect(onlyMentions.missed).toEqual({ person: 0, position: 1, both: 0, link: 1 });
    expect(errors.map((e) => e.why).sort()).toEqual(['link', 'position']);
    expect(run({ mentions: [position(akim)], officials: [] }).missed).toEqual({ person: 1, position: 0, both: 1, link: 0 });
  });

  it('counts a wrong link as a false positive: a person never holds a title only mentioned near them', () => {
    const errors: OfficialsError[] = [];
    const r = run(
      {
        mentions: [position(minister), person(aigul), position(akim), person(serik)],
        officials: [{ name: 'Айгуль Жумабаева', mentions: [1], positionMentions: [0, 2] }],
      },
      gold,
      errors,
    );
    expect(r).toMatchObject({ predicted: 2, correct: 1, found: 1 });
    expect(errors.find((e) => e.kind === 'false_positive')?.text).toBe('Айгуль Жумабаева → акимом');
  });

  it('counts a document that was not extracted as all misses', () => {
    expect(run(undefined)).toMatchObject({ gold: 2, found: 0, predicted: 0, r: 0 });
  });

  it('clusters persons by alternative-name links and by equal text', () => {
    const spans = [aigul, later, serik, { ...serik, start: serik.start + 100, end: serik.end + 100 }];
    const { clusters, clusterOf } = clusterPersons(spans, [[0, 1]]);
    expect(clusters).toHaveLength(2);
    expect(clusterOf).toEqual([0, 0, 1, 1]);
  });

  it('reads seeds officials: pairs for every position mention, and checks the nominative name', () => {
    const mentions = [position(minister), person(aigul), position(akim), person(serik), person(later)];
    const g = seedOfficials(mentions, [
      { name: 'Айгуль Жумабаева', position: 'министр финансов', mentions: [1, 4], position_mentions: [0] },
      { name: 'Серик Омаров', position: 'аким', mentions: [3], position_mentions: [2] },
    ]);
    expect(g.pairs).toHaveLength(2);
    const r = run(
      {
        mentions,
        officials: [
          { name: 'Айгуль Жумабаева', mentions: [1], positionMentions: [0] },
          { name: 'Серика Омарова', mentions: [3], positionMentions: [2] },
        ],
      },
      g,
    );
    expect(r.officials).toEqual({ gold: 2, found: 2, withName: 2, named: 1 });
  });

  it('reads NEREL-style relation files and finds them beside a -docs folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'kzx-rel-'));
    const rel = join(root, 'set-rel');
    const docs = join(root, 'set-docs');
    mkdirSync(rel);
    writeFileSync(join(rel, 'a.rel.json'), JSON.stringify({ pairs: [{ person: aigul, position: minister, person_index: 1 }], persons: [later, aigul], alt: [[0, 1]], positions: [minister] }));
    const g = readRelDir(rel).get('a')!;
    expect(g.persons).toHaveLength(1);
    expect(g.pairs[0]).toEqual({ person: 0, position: minister });
    expect(relDirBeside(`${docs}/`)).toBe(rel);
    expect(relDirBeside(root)).toBeUndefined();
    writeFileSync(join(rel, 'bad.rel.json'), JSON.stringify({ pairs: 3 }));
    expect(() => readRelDir(rel)).toThrow(/not a relations file/);
  });

  it('reads officials from brat WORKS_AS and ALTERNATIVE_NAME relations, and none where the folder has no WORKS_AS', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kzx-brat-'));
    const body = 'Министр Айгуль Сапарова приехала. Сапарова сказала. Врач Ерлан Бек молчал.';
    const at = (s: string, from = 0): string => `${body.indexOf(s, from)} ${body.indexOf(s, from) + s.length}`;
    writeFileSync(join(dir, 'a.txt'), body);
    writeFileSync(join(dir, 'b.txt'), 'Текст без связей.');
    writeFileSync(join(dir, 'b.ann'), '');
    const ann = [
      `T1\tPROFESSION ${at('Министр')}\tМинистр`,
      `T2\tPERSON ${at('Айгуль Сапарова')}\tАйгуль Сапарова`,
      `T3\tPERSON ${at('Сапарова', 30)}\tСапарова`,
      `T4\tPROFESSION ${at('Врач')}\tВрач`,
      `T5\tPERSON ${at('Ерлан Бек')}\tЕрлан Бек`,
      'R1\tWORKS_AS Arg1:T3 Arg2:T1\t',
      'R2\tALTERNATIVE_NAME Arg1:T2 Arg2:T3\t',
      'R3\tWORKS_AS Arg1:T5 Arg2:T4\t',
      'R4\tWORKS_AS Arg1:T4 Arg2:T5\t',
    ];
    writeFileSync(join(dir, 'a.ann'), `${ann.join('\n')}\n`);
    const [a, b] = readBrat(dir, DEFAULT_LABEL_MAP, 'ru');
    expect(a!.officials!.persons.map((c) => c.map((s) => s.text))).toEqual([['Айгуль Сапарова', 'Сапарова'], ['Ерлан Бек']]);
    expect(a!.officials!.pairs.map((p) => [p.person, p.position.text])).toEqual([
      [0, 'Министр'],
      [1, 'Врач'],
    ]);
    expect(b!.officials).toEqual({ persons: [], pairs: [] });
    writeFileSync(join(dir, 'a.ann'), `${ann.slice(0, 5).join('\n')}\n`);
    expect(readBrat(dir, DEFAULT_LABEL_MAP, 'ru').every((d) => d.officials === undefined)).toBe(true);
  });

  it('puts the link F1 and precision into the figures a baseline ratchets', () => {
    const r = score([{ doc: 'd', text, annotatedTypes: new Set(['person']), mentions: [{ type: 'person', ...aigul }], officials: gold }], [{ doc: 'd', mentions: [{ type: 'person', ...aigul }] }]);
    expect(headline(r)).toMatchObject({ officials: 0, officials_p: 0 });
  });
});
