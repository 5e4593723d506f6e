/**
 * Kazakh in the Latin alphabet (src/lang/kk/latin.ts): the letter table, reading back into
 * Cyrillic with offsets, detection, and extraction from Latin versions of the Kazakh fixtures and
 * corpora, which must give the values and keys of the Cyrillic spelling.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../src/document.js';
import { detectLanguage } from '../src/lang/detect.js';
import { kazakhLatinVariant, toCyrillic, toLatin, type LatinVariant } from '../src/lang/kk/latin.js';
import { LatinTableSchema } from '../src/lang/kk/latin-table.js';
import type { DocumentRecord, Mention, MentionType } from '../src/schema/record.js';
import { isErrorRecord } from '../src/schema/record-helpers.js';
import type { TemporalConventions } from '../src/extract/index.js';
import { explainText } from '../src/explain/explain.js';
import { matchesExpected } from './helpers/corpus.js';
import { ROOT } from './helpers/run.js';

const VARIANTS: LatinVariant[] = ['2021', '2018', '2017'];
const TABLE_FILE = join(ROOT, 'src', 'lang', 'kk', 'latin.json');

const extract = (text: string, lang?: 'kk'): DocumentRecord => {
  const rec = processDocument({ path: 't', text, ...(lang !== undefined ? { lang } : {}) });
  if (isErrorRecord(rec)) throw new Error(rec.error.message);
  return rec;
};

describe('the letter table', () => {
  it('is valid: every Cyrillic letter once per alphabet, each Latin spelling read back as one letter', () => {
    const table = LatinTableSchema.parse(JSON.parse(readFileSync(TABLE_FILE, 'utf8')));
    const kazakhCyrillic = [...'абвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяә'];
    for (const v of table.variants) expect(v.letters.map((l) => l.cyr[0]).sort(), v.name).toEqual([...kazakhCyrillic].sort());
  });

  it.each([
    ['2021', 'Қазақстан Республикасының Үкіметі', 'Qazaqstan Respublikasynyñ Ükımetı'],
    ['2021', 'Бұрыңғы өткен заманда, бір данышпан кісі', 'Būryñğy ötken zamanda, bır danyşpan kısı'],
    ['2021', 'сөйлесіп, үйіне, сый, қалайын, биыл', 'söilesıp, üiıne, syi, qalaiyn, biyl'],
    ['2018', 'Облыс әкімі биыл жаңа мектептер салуға', 'Oblys ákimi bıyl jańa mektepter salýǵa'],
    ['2018', 'Шымкент шағын', 'Shymkent shaǵyn'],
    ['2017', 'Қазақстан Республикасының Үкіметі және сайлау', "Qazaqstan Respy'bli'kasynyn' U'kimeti ja'ne sai'lay'"],
  ] as const)('%s: «%s» is spelt «%s» and read back', (variant, cyrillic, latin) => {
    expect(toLatin(cyrillic, variant)).toBe(latin);
    expect(toCyrillic(latin, variant).text).toBe(cyrillic);
  });

  it('reads a 2018 digraph written in capitals in a heading', () => expect(toCyrillic('SHYMKENT SHAǴYN, Chelyabi', '2018').text).toBe('ШЫМКЕНТ ШАҒЫН, Челыабі'));

  it('reads typographic apostrophes (’ ʼ) as the 2017 apostrophe, two Latin units for one Cyrillic letter', () => {
    const r = toCyrillic('Respy’bli’kasynynʼ', '2017');
    expect(r.text).toBe('Республикасының');
    expect(r.text.length).toBe(15);
    // The last letter, ң, comes from the last two Latin units.
    expect([r.latinAt[14], r.latinAt[15]]).toEqual([16, 18]);
  });

  it('keeps what is not a letter of the alphabet: digits, punctuation, Cyrillic, w and x', () => {
    expect(toCyrillic('2025 jyly «Жасыл ел» www.gov.kz 12,5%', '2021').text).toBe('2025 жылы «Жасыл ел» www.гов.кз 12,5%');
  });

  it('spells the letters the Latin alphabets lack with combinations, which read back as those letters', () => {
    // Outside the loan list: ц → ts (read back тс), я → ia (и, then й after a vowel, then а), ю → Iu (І: the 2021 capital of ı is I), ь and ъ not written.
    expect(toLatin('Лицензиясы, Юрий, мильон', '2021')).toBe('Litsenziiasy, Iurii, milon');
    expect(toCyrillic('Litsenziiasy, Iurii, milon', '2021').text).toBe('Литсензийасы, Іурий, милон');
  });

  it('reads the loan words the rules need whole, at the start of a word, with offsets that only grow', () => {
    const r = toCyrillic('Vitse-premer 40 protsentke, Kompaniasy 5 mln rubl, merzımı', '2021');
    expect(r.text).toBe('Вице-премьер 40 процентке, Компаниясы 5 млн рубль, мерзімі');
    for (let i = 1; i < r.latinAt.length; i++) expect(r.latinAt[i]).toBeGreaterThanOrEqual(r.latinAt[i - 1]!);
    // рубль (5 letters) spans the 4 units of "rubl".
    const at = r.text.indexOf('рубль');
    expect([r.latinAt[at], r.latinAt[at + 5]]).toEqual([45, 49]);
    expect(extract('Qūny 40 protsentke östı.')).toMatchObject({ script: 'latn', mentions: [{ type: 'percent', text: '40 protsentke', value: 40 }] });
  });
});

describe('detection', () => {
  it.each([
    ['2021', 'Qazaqstan Respublikasynyñ Prezidentı Qasym-Jomart Toqaev jaña ükımet qūramyn bekıttı.'],
    ['2021', 'Oblys äkımı biyl 500 mln teñge bölındı dedı.'],
    ['2021', 'Qazaqstan Respublikasy Prezidentı Qasym-Jomart Toqaev'],
    ['2018', 'Oblys ákimi bıyl jańa mektepter salýǵa 500 mln teńge bólingenin aıtty.'],
    ['2017', "Qazaqstan Respy'bli'kasynyn' Prezi'denti' Qasym-Jomart Toqaev ja'ne sai'lay' ty'raly ai'tty"],
  ] as const)('%s: %s', (variant, text) => {
    expect(detectLanguage(text)).toMatchObject({ lang: 'kk', latin: variant });
  });

  it.each([
    ['en', 'Qatar and Iraq signed an agreement on Tuesday, the ministry said.'],
    ['en', "The akim of Kyzylorda region said that 500 million tenge wasn't allocated to Qazaqstan Temir Zholy."],
    ['en', 'Prime Minister Olzhas Bektenov met the delegation of Qatar in Astana.'],
    // A one-line item is mostly names: its verb tells the language.
    ['en', 'Chancellor Olaf Scholz met President Tokayev.'],
    ['en', 'US Ambassador Daniel Rosenblum visited Almaty.'],
    ['und', 'Türkiye Cumhuriyeti Cumhurbaşkanı yeni okulların açılışında konuştu ve bütçenin artırılacağını söyledi.'],
    ['und', "O'zbekiston Respublikasi Prezidenti Shavkat Mirziyoyev yangi maktablar qurilishi haqida gapirdi."],
    ['und', 'Azərbaycan Respublikasının Prezidenti İlham Əliyev yeni məktəblərin açılışında iştirak etdi, qəbul etdi.'],
    ['und', 'Die Regierung hat in diesem Jahr 500 Millionen Euro für neue Schulen bereitgestellt.'],
    // Dutch shares "met", "in" and "is" with English; its own function words outnumber them.
    ['und', 'De minister sprak met de burgemeester over de nieuwe school in de stad en het plan is klaar.'],
    ['und', 'Le ministre a rencontré le maire et a parlé des nouvelles écoles dans la ville.'],
    ['en', 'Charles de Gaulle Airport is in Paris, and the minister met his French counterpart there.'],
    // A name's particles and "per" are no other language's words in English text.
    ['en', 'Ursula von der Leyen met Jan van der Berg in Astana.'],
    ['en', 'Output per worker rose by 5 per cent in Almaty.'],
  ] as const)('%s, not Kazakh: %s', (lang, text) => {
    const guess = detectLanguage(text);
    expect(guess.lang).toBe(lang);
    expect(guess.latin).toBeUndefined();
  });

  it('leaves Cyrillic texts alone: no Latin alphabet on a Kazakh or Russian record', () => {
    expect(detectLanguage('Облыс әкімі биыл жаңа мектептер салуға 500 млн теңге бөлінгенін айтты.').latin).toBeUndefined();
    expect(extract(readFileSync(join(ROOT, 'fixtures', 'articles', 'kk-digital-school.txt'), 'utf8')).script).toBeUndefined();
  });

  it('with --lang kk, takes a text mostly in Latin letters as Kazakh Latin, however short', () => {
    expect(kazakhLatinVariant('Jobağa 658 mln teñge bölındı.', true)).toBe('2021');
    expect(kazakhLatinVariant('Jobaǵa 658 mln teńge bólindi.', true)).toBe('2018');
    expect(kazakhLatinVariant('Облыс әкімі Smart City', true)).toBeUndefined();
    expect(extract('Jobağa 658 mln teñge bölındı.', 'kk')).toMatchObject({ lang: 'kk', script: 'latn', mentions: [{ type: 'money', text: '658 mln teñge', value: 658000000 }] });
  });
});

/** What must not depend on the alphabet: the values and identities of a mention. */
const identity = (m: Mention): string => {
  const r = m as Record<string, unknown>;
  return JSON.stringify(['type', 'value', 'currency', 'qualifier', 'relation', 'relative', 'key', 'role', 'plural'].map((k) => r[k]));
};
/** Words the Cyrillic text writes in Latin letters ("Kundelik", "Smart Kitchen") are Latin words among Latin words in a Latin text: not compared. */
const cyrillicOnly = (m: Mention): boolean => !/[A-Za-z]/.test(m.text);

describe.each(VARIANTS)('the Kazakh fixtures in the %s alphabet', (variant) => {
  const fixtures = ['articles/kk-digital-school.txt', 'articles/kk-turkistan-water.txt', 'officials/kk.txt', 'multilingual/kk.txt'];
  it.each(fixtures)('%s gives the values, keys and officials of the Cyrillic text', (file) => {
    const cyrillic = readFileSync(join(ROOT, 'fixtures', file), 'utf8');
    const latin = toLatin(cyrillic, variant);
    const c = extract(cyrillic);
    const l = extract(latin);
    expect(l).toMatchObject({ lang: 'kk', script: 'latn' });
    expect(l.mentions.filter((m) => !(/[A-Za-z]/.test(m.text) && cyrillic.includes(m.text))).map(identity)).toEqual(c.mentions.filter(cyrillicOnly).map(identity));
    for (const m of l.mentions) {
      // Offsets point into the Latin text; norms are spelt in it.
      expect(latin.slice(m.start, m.end)).toBe(m.text);
      if (m.type === 'number' && m.unitStart !== undefined) expect(toCyrillic(latin.slice(m.unitStart, m.unitEnd), variant).text).not.toMatch(/[a-z]/i);
      if ('norm' in m) expect(m.norm).not.toMatch(/[а-яәғқңөұүһі]/i);
    }
    const official = (o: DocumentRecord['officials'][number]): string => JSON.stringify([o.key, o.role, o.former, o.acting, o.mentions.length, o.positionMentions.length]);
    expect(l.officials.map(official)).toEqual(c.officials.map(official));
    // The Latin record's words are the Cyrillic record's, spelt in Latin.
    expect(l.officials.map((o) => o.name)).toEqual(c.officials.map((o) => toLatin(o.name, variant)));
  });
});

describe('a Latin record', () => {
  const cyrillic = 'ҚР Оқу-ағарту министрі Ғани Бейсембаевтың айтуынша, 2025 жылы 18 мыңға қысқарды.';
  const latin = toLatin(cyrillic, '2021');

  it('points every mention into the Latin text and spells its norms in Latin; person keys are those of the Cyrillic name', () => {
    const c = extract(cyrillic);
    const l = extract(latin);
    const person = (r: DocumentRecord): Mention | undefined => r.mentions.find((m) => m.type === 'person');
    expect(person(l)).toMatchObject({ text: 'Ğani Beisembaevtyñ', norm: 'Ğani Beisembaev', key: (person(c) as { key: string }).key });
    expect(l.mentions.find((m) => m.type === 'position')).toMatchObject({ text: 'QR Oqu-ağartu ministrı', role: 'minister' });
    expect(l.mentions.find((m) => m.type === 'date')).toMatchObject({ text: '2025 jyly', value: '2025' });
    expect(l.officials).toMatchObject([{ name: 'Ğani Beisembaev', position: 'QR Oqu-ağartu ministrı', role: 'minister' }]);
  });

  it('maps offsets across two-unit letters (2017 apostrophes, 2018 sh)', () => {
    for (const variant of ['2017', '2018'] as const) {
      const text = toLatin('Шымкент қаласының әкімі Ғабит Сыздықбековтың қатысуымен 45 миллиард теңге жұмсалды.', variant);
      const rec = extract(text);
      expect(rec.script).toBe('latn');
      for (const m of rec.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(rec.mentions.map((m) => m.type)).toEqual(['position', 'person', 'money']);
      expect(rec.mentions.find((m) => m.type === 'money')).toMatchObject({ value: 45_000_000_000, currency: 'KZT' });
    }
  });

  it('reads Cyrillic quoted in a Latin Kazakh text as Cyrillic', () => {
    const text = 'Qazaqstan Respublikasynyñ Prezidentı jaña jobany qoldady. Ministr: «Бұл жобаға 5 млрд теңге бөлінеді» dedı. Jūmysqa 300 adam tartylady.';
    const rec = extract(text);
    expect(rec).toMatchObject({ lang: 'kk', script: 'latn' });
    for (const m of rec.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    const of = (type: MentionType): Mention[] => rec.mentions.filter((m) => m.type === type);
    expect(of('money')).toMatchObject([{ text: '5 млрд теңге', value: 5_000_000_000 }]);
    expect(of('number')).toMatchObject([{ text: '300', value: 300, unit: 'adam' }]);
  });

  it('explains a Latin text with the offsets of the Latin text, declines included', () => {
    const text = toLatin('Шағын ауылда Таза өзен бойынша жұмыс жүрді. Облыс әкімі Ғабит Сыздықбеков келді.', '2017');
    const e = explainText(text, { spans: ["Taza o'zen"] });
    expect(e.record.script).toBe('latn');
    for (const m of e.mentions) expect(text.slice(m.mention.start, m.mention.end)).toBe(m.mention.text);
    const span = e.spans[0]!.occurrences[0]!;
    expect(span.declined.length).toBeGreaterThan(0);
    for (const d of span.declined) expect(text.slice(d.start, d.end)).toMatch(/^(Taza|o'zen|Taza o'zen)$/);
  });

  it('gives the record validator a consistent record with --with-text and code-point offsets', () => {
    const text = `🇰🇿 ${latin}`;
    const rec = processDocument({ path: 't', text }, { withText: true, offsets: 'codepoint' });
    expect(isErrorRecord(rec)).toBe(false);
    const points = Array.from(text);
    for (const m of (rec as DocumentRecord).mentions) expect(points.slice(m.start, m.end).join('')).toBe(m.text);
  });
});

/**
 * The Kazakh example corpora in each Latin alphabet: each example whose Cyrillic the alphabet keeps
 * (no я, ц, ю, ь… and no Latin words) and whose Latin spelling shows its alphabet ("Bıyl oblysta 10
 * mektep salyndy" is 2018 Биыл or 2021 Біыл) must give the same mentions, texts and norms spelt in Latin.
 */
describe.each(VARIANTS)('the Kazakh corpora in the %s alphabet', (variant) => {
  const DIMENSIONS: MentionType[] = ['money', 'number', 'percent', 'date', 'person', 'position', 'project'];
  interface Example {
    text: string;
    date?: string;
    conventions?: TemporalConventions;
    expect: Array<Record<string, unknown>>;
  }
  const SPELT = new Set(['text', 'norm', 'unit']);
  for (const dimension of DIMENSIONS) {
    const examples = JSON.parse(readFileSync(join(ROOT, 'src', 'lang', 'kk', 'corpus', `${dimension}.json`), 'utf8')) as Example[];
    const kept = examples.filter(
      (e) =>
        !/[A-Za-z]/.test(e.text) &&
        toCyrillic(toLatin(e.text, variant), variant).text === e.text &&
        kazakhLatinVariant(toLatin(e.text, variant), true) === variant &&
        !e.expect.some((w) => typeof w.norm === 'string' && toCyrillic(toLatin(w.norm, variant), variant).text !== w.norm),
    );
    // Project names are often Latin words already ("Smart Kitchen"), and a short 2018 sentence often shows no letter of its own.
    it(`${dimension}: most examples are kept (${kept.length} of ${examples.length})`, () => expect(kept.length).toBeGreaterThanOrEqual(examples.length * (dimension === 'project' ? 0.4 : 0.5)));
    it.each(kept.map((e) => [e.text, e] as const))(`${dimension}: %s`, (_text, ex) => {
      const text = toLatin(ex.text, variant);
      const rec = processDocument({ path: 'example', text, lang: 'kk', ...(ex.date !== undefined ? { date: ex.date } : {}) }, ex.conventions !== undefined ? { conventions: ex.conventions } : {});
      if (isErrorRecord(rec)) throw new Error(rec.error.message);
      expect(rec.script).toBe('latn');
      const found = rec.mentions.filter((m) => m.type === dimension);
      for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
      for (const want of ex.expect) {
        const latinWant = Object.fromEntries(Object.entries(want).map(([k, v]) => [k, SPELT.has(k) && typeof v === 'string' ? toLatin(v, variant) : v]));
        expect(
          found.some((m) => matchesExpected(m, latinWant)),
          `expected ${JSON.stringify(latinWant)} in ${JSON.stringify(found)}`,
        ).toBe(true);
      }
      expect(found.length, `extra ${dimension} mentions: ${JSON.stringify(found)}`).toBe(ex.expect.length);
    });
  }
});
