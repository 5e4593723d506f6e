import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kzx } from './helpers/run.js';
import { extract } from '../src/index.js';
import type { DocumentRecord } from '../src/schema/record.js';
import type { CorpusOfficial } from '../src/link/corpus.js';

describe('kzx officials', () => {
  it('merges one official written in Kazakh and Russian, and keeps different people apart', () => {
    const r = kzx(['officials', 'fixtures/multilingual', '--format', 'json', '--quiet']);
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as CorpusOfficial[];
    const uali = rows.find((o) => o.key === 'berik oali');
    expect(uali).toBeDefined();
    expect(uali!.names.kk).toEqual(['Берік Уәли']);
    expect(uali!.names.ru).toEqual(['Берик Уали']);
    expect(uali!.names.en).toEqual(['Berik Uali']);
    expect(uali!.posts).toHaveLength(1);
    expect(uali!.posts[0]).toMatchObject({ role: 'akim/oblast', first: '2026-02-10', last: '2026-02-12', documents: 3 });
    expect(uali!.documents).toBe(3);
    expect(rows.filter((o) => o.key !== 'berik oali').map((o) => o.posts.map((p) => p.role))).toEqual(expect.arrayContaining([['deputy_akim/oblast'], ['deputy_akim/oblast']]));
    expect(new Set(rows.map((o) => o.key)).size).toBe(rows.length);
  });

  it('gives each post its dates, documents and the former flag of the latest document', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kzx-officials-'));
    writeFileSync(join(dir, 'a.txt'), 'date 2024-03-01 Жаңалық\nЖиынға аудан әкімі Марат Қасымов қатысты.\n');
    writeFileSync(join(dir, 'b.txt'), 'date 2025-06-10 Новость\nАким района Марат Касымов открыл школу.\n');
    writeFileSync(join(dir, 'c.txt'), 'date 2026-01-20 Новость\nБывший аким района Марат Касымов возглавил компанию.\n');
    const r = kzx(['officials', dir, '--format', 'json', '--quiet']);
    const row = (JSON.parse(r.stdout) as CorpusOfficial[]).find((o) => o.names.kk !== undefined)!;
    expect(row.names).toEqual({ kk: ['Марат Қасымов'], ru: ['Марат Касымов'] });
    expect(row.posts).toEqual([expect.objectContaining({ role: 'akim/district', first: '2024-03-01', last: '2026-01-20', documents: 3, former: true })]);
  });

  it('shows a name known only by its initials as written, and a full name instead of initials where both are known', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kzx-officials-'));
    writeFileSync(join(dir, 'a.txt'), 'Облыстық денсаулық сақтау басқармасының басшысы Ж. Т. Қалиев баяндады.\n');
    writeFileSync(join(dir, 'b.txt'), 'Аудан әкімі Марат Қасымов сөйледі. Кейін аудан әкімі М. Қасымов жауап берді.\n');
    const r = kzx(['officials', dir, '--format', 'json', '--quiet']);
    const rows = JSON.parse(r.stdout) as CorpusOfficial[];
    expect(rows.find((o) => o.posts.some((p) => p.role === 'department_head'))?.names).toEqual({ kk: ['Ж. Т. Қалиев'] });
    expect(rows.find((o) => o.posts.some((p) => p.role === 'akim/district'))?.names).toEqual({ kk: ['Марат Қасымов'] });
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
