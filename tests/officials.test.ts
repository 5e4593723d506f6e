import { describe, expect, it } from 'vitest';
import { kzx } from './helpers/run.js';
import { extract } from '../src/index.js';
import type { DocumentRecord } from '../src/schema/record.js';
import type { CorpusOfficial } from '../src/link/corpus.js';

describe('kzx officials', () => {
  it('merges one official written in Kazakh and Russian, and keeps different people apart', () => {
    const r = kzx(['officials', 'fixtures/multilingual', '--format', 'json', '--quiet']);
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as CorpusOfficial[];
    const uali = rows.find((o) => o.key === 'berik uali');
    expect(uali).toBeDefined();
    expect(uali!.names.kk).toEqual(['Берік Уәли']);
    expect(uali!.names.ru).toEqual(['Берик Уали']);
    expect(uali!.roles).toEqual(['akim/oblast']);
    expect(uali!.names.en).toEqual(['Berik Uali']);
    expect(uali!.positions.map((p) => p.date).sort()).toEqual(['2026-02-10', '2026-02-11', '2026-02-12']);
    expect(rows.filter((o) => o.key !== 'berik uali').map((o) => o.roles)).toEqual(expect.arrayContaining([['deputy_akim/oblast'], ['deputy_akim/oblast']]));
    expect(new Set(rows.map((o) => o.key)).size).toBe(rows.length);
  });
});

describe('English titles', () => {
  it('gives deputies their own role, and the title "Akim" is no first name', () => {
    const rec = extract('Deputy Akim of the region Marat Zhumanov met Deputy Minister of Energy Askar Zhumagaliev.', { lang: 'en' }) as DocumentRecord;
    expect(rec.mentions.map((m) => `${m.type}:${m.text}:${m.type === 'position' ? m.role : ''}`)).toEqual([
      'position:Deputy Akim of the region:deputy_akim/oblast',
      'person:Marat Zhumanov:',
      'position:Deputy Minister of Energy:vice_minister',
      'person:Askar Zhumagaliev:',
    ]);
  });
});
