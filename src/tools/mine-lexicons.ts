/**
 * Mines general lexicons from the NEREL train split (brat standoff), which its README allows:
 * first names (first word of two-word PERSON spans) and profession head words (PROFESSION spans).
 * Usage: node dist/tools/mine-lexicons.js ../shared/corpora/nerel-train
 * Writes src/extract/person/first-names.nerel.json and src/extract/position/heads.nerel.json.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MIN_COUNT = 2;
// Spans often open with an adjective ("американских дипломатов"); keep nouns only.
// Words NEREL tags as professions in some sentences but that are mostly something else.
const NOT_HEADS = new Set(['её', 'его', 'временно', 'защита', 'звезд', 'звезды', 'звезда', 'модель', 'модели', 'инвесторов', 'участники', 'участников', 'член', 'члены', 'членов', 'сторонники', 'сторонников', 'жители', 'жителей', 'граждане', 'граждан', 'люди', 'людей', 'население']);
const ADJECTIVE_RE = /(?:ий|ый|ой|ая|ое|ые|ие|ого|его|ому|ему|ым|им|ых|их|ыми|ими|ую|юю)$/;
const dir = process.argv[2] ?? '../shared/corpora/nerel-train';
const firstNames = new Map<string, number>();
const heads = new Map<string, number>();
const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);

for (const file of readdirSync(dir).filter((f) => f.endsWith('.ann'))) {
  for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
    const [, label, text] = line.split('\t');
    if (label === undefined || text === undefined) continue;
    const words = text.split(/\s+/);
    if (label.startsWith('PERSON ') && words.length === 2 && /^[А-ЯЁ][а-яё]+$/.test(words[0]!) && /^[А-ЯЁ]/.test(words[1]!)) bump(firstNames, words[0]!);
    if (label.startsWith('PROFESSION ') && /^[А-Яа-яЁё-]+$/.test(words[0]!) && !ADJECTIVE_RE.test(words[0]!.toLowerCase()) && !NOT_HEADS.has(words[0]!.toLowerCase())) bump(heads, words[0]!.toLowerCase());
  }
}

const keep = (m: Map<string, number>): string[] => [...m].filter(([, n]) => n >= MIN_COUNT).map(([w]) => w).sort((a, b) => a.localeCompare(b, 'ru'));
writeFileSync('src/extract/person/first-names.nerel.json', JSON.stringify(keep(firstNames), null, 0).replace(/","/g, '",\n"') + '\n');
writeFileSync('src/extract/position/heads.nerel.json', JSON.stringify(keep(heads), null, 0).replace(/","/g, '",\n"') + '\n');
console.error(`first names: ${keep(firstNames).length}, profession heads: ${keep(heads).length}`);
