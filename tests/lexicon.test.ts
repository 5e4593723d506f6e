import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kzx } from './helpers/run.js';
import type { DocumentRecord } from '../src/schema/record.js';

// Names, titles and the programme below were made up for these tests.
const TEXT =
  'Участники программы Зелёного двора высадили деревья. Вчера регионального куратора Марата Оспанова наградили. ' + 'Зарлык Тасбулатов открыл выставку. Вечером Тайказан Жунусов не приехал.';
const LEXICON = {
  programmes: [{ kk: 'Жасыл аула', ru: 'Зелёный двор', en: 'Green Yard', forms: ['Зелёного двора', 'Зелёному двору'] }],
  titles: [{ lang: 'ru', head: 'куратор', role: 'curator' }],
  firstNames: { male: ['Зарлык'] },
  notNames: ['Тайказан'],
};

function setUp(): { dir: string; lexicon: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kzx-lexicon-'));
  const lexicon = join(dir, 'lexicon.json');
  writeFileSync(lexicon, JSON.stringify(LEXICON, null, 2));
  return { dir, lexicon };
}

const brief = (rec: DocumentRecord): string[] => rec.mentions.map((m) => `${m.type}:${m.text}${m.type === 'project' ? `=${m.norm}` : ''}${m.type === 'position' && m.role ? `=${m.role}` : ''}`);

describe('user lexicons', () => {
  it('add programmes, titles with roles, first names and never-names, recorded in the provenance', () => {
    const { lexicon } = setUp();
    const without = JSON.parse(kzx(['extract', '-', '--format', 'ndjson', '--quiet', '--lang', 'ru'], { input: TEXT }).stdout) as DocumentRecord;
    expect(brief(without)).not.toContain('project:Зелёного двора=Зелёный двор');
    expect(brief(without)).toContain('person:Тайказан Жунусов');
    expect(without.provenance).toBeUndefined();
    const r = kzx(['extract', '-', '--format', 'ndjson', '--quiet', '--lang', 'ru', '--lexicon', lexicon], { input: TEXT });
    expect(r.status).toBe(0);
    const rec = JSON.parse(r.stdout) as DocumentRecord;
    expect(brief(rec)).toEqual(expect.arrayContaining(['project:Зелёного двора=Зелёный двор', 'position:куратора=curator', 'person:Зарлык Тасбулатов', 'person:Жунусов']));
    expect(brief(rec)).not.toContain('person:Тайказан Жунусов');
    expect(rec.officials.map((o) => `${o.name}/${o.role}`)).toContain('Марат Оспанов/curator');
    expect(rec.provenance?.lexicons).toEqual([{ file: lexicon, sha256: expect.stringMatching(/^[0-9a-f]{16}$/) }]);
  });

  it('reach the worker threads', () => {
    const { dir, lexicon } = setUp();
    const docs = join(dir, 'docs');
    mkdirSync(docs);
    for (let n = 0; n < 3; n++) writeFileSync(join(docs, `${n}.txt`), TEXT);
    const r = kzx(['extract', docs, '--format', 'ndjson', '--quiet', '--lang', 'ru', '--jobs', '2', '--lexicon', lexicon], { env: { KZX_WORKERS_FROM_MB: '0' } });
    expect(r.status).toBe(0);
    for (const line of r.stdout.trimEnd().split('\n')) expect(brief(JSON.parse(line) as DocumentRecord)).toContain('project:Зелёного двора=Зелёный двор');
  });

  it('come from kzx.config.json found from the working directory upward, or from --config', () => {
    const { dir } = setUp();
    writeFileSync(join(dir, 'kzx.config.json'), JSON.stringify({ lexicons: ['lexicon.json'], notNames: ['Оспанова'] }));
    const below = join(dir, 'a', 'b');
    mkdirSync(below, { recursive: true });
    const rec = JSON.parse(kzx(['extract', '-', '--format', 'ndjson', '--quiet', '--lang', 'ru'], { input: TEXT, cwd: below }).stdout) as DocumentRecord;
    expect(rec.provenance?.lexicons?.map((l) => l.file)).toEqual([join('..', '..', 'kzx.config.json'), join('..', '..', 'lexicon.json')]);
    expect(brief(rec)).toContain('project:Зелёного двора=Зелёный двор');
    const other = join(dir, 'other.json');
    writeFileSync(other, JSON.stringify({ firstNames: { female: ['Айсулу'] } }));
    const given = JSON.parse(kzx(['extract', '-', '--format', 'ndjson', '--quiet', '--config', other], { input: TEXT, cwd: below }).stdout) as DocumentRecord;
    expect(given.provenance?.lexicons?.map((l) => l.file)).toEqual([join('..', '..', 'other.json')]);
  });

  it('are checked: an error names the file, the line and the field', () => {
    const { dir } = setUp();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{\n  "programmes": [\n    { "kk": "Бір", "ru": "", "en": "One" }\n  ],\n  "titles": [{ "lang": "de", "head": "x" }],\n  "colours": []\n}\n');
    const r = kzx(['extract', 'fixtures/articles', '--lexicon', 'bad.json'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('bad.json:3: programmes.0.ru:');
    expect(r.stderr).toContain('bad.json:5: titles.0.lang:');
    expect(r.stderr).toMatch(/bad\.json:1: \(top level\): .*colours/);
    writeFileSync(bad, '{\n  "notNames": [\n    "Бір",\n');
    expect(kzx(['extract', 'fixtures/articles', '--lexicon', bad]).stderr).toMatch(/bad\.json(:\d+)?: not JSON/);
  });
});
