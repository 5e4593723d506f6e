import { describe, expect, it } from 'vitest';
import { personKey } from '../src/link/keys.js';
import { roleOf } from '../src/extract/position/heads.js';
import { processDocument } from '../src/document.js';
import type { DocumentRecord } from '../src/schema/record.js';
import { extractText } from '../src/extract/index.js';
import { findHolders } from '../src/link/holders.js';
import { packOf } from '../src/lang/registry.js';

describe('person keys', () => {
  it.each([
    ['Берік Уәли', 'Берик Уали'],
    ['Мәлік Отарбаев', 'Малик Отарбаев'],
    ['Қасым-Жомарт Тоқаев', 'Касым-Жомарт Токаев'],
    ['Қасым-Жомарт Тоқаев', 'Kassym-Jomart Tokayev'],
    ['Берік Уәли', 'Berik Uali'],
    ['Абзал Серікұлы', 'Абзал Серикулы'],
    ['Абзал Серікұлы', 'Abzal Serikuly'],
    ['Жанар Нұрмұратқызы', 'Жанар Нурмураткызы'],
    ['Пётр Иванов', 'Петр Иванов'],
    ['Иванов Иван', 'Иван Иванов'],
    ['Ёсихико Нода', 'Есихико Нода'],
    ['Карл III', 'Карл III'],
    ['Бақытжан Сағынтаев', 'Bakytzhan Sagintayev'],
    ['Әлихан Смайылов', 'Alikhan Smailov'],
    // Russian writes Kazakh «ө» as «у» or «о», and «о» at times as «у».
    ['Өмірзақ Шөкеев', 'Умирзак Шукеев'],
    ['Өмірзақ Шөкеев', 'Омирзак Шокеев'],
    ['Ералы Тоғжанов', 'Ералы Тугжанов'],
    ['Мөлдір Әлібекова', 'Мулдир Алибекова'],
    ['Бөкейхан', 'Bukeikhan'],
    // A patronymic written apart.
    ['Ержан Төлеу ұлы', 'Ержан Төлеуұлы'],
    ['Гүлмира Аман қызы', 'Гульмира Аманкызы'],
  ])('%s and %s share a key', (a, b) => {
    expect(personKey(a)).toBe(personKey(b));
  });

  it.each([
    ['Мәлік Отарбаев', 'Әсет Отарбаев'],
    ['Берік Уәли', 'Берік Уәлиев'],
    ['Карл III', 'Карл II'],
    ['Пётр I', 'Пётр II'],
    ['Сағынтаев', 'Сағынбаев'],
  ])('%s and %s keep different keys', (a, b) => {
    expect(personKey(a)).not.toBe(personKey(b));
  });
});

describe('roles', () => {
  it.each([
    ['аким области', 'akim/oblast'],
    ['облыс әкімі', 'akim/oblast'],
    ['аймақ басшысы', 'akim/oblast'],
    ['первый заместитель акима области', 'first_deputy_akim/oblast'],
    ['Мемлекет басшысы', 'president'],
    ['Глава государства', 'president'],
    ['ҚР Президентінің кеңесшісі', 'presidential_advisor'],
    ['советник Президента Республики Казахстан', 'presidential_advisor'],
    ['председатель областного маслихата', 'maslikhat_chair'],
    ['Бородулиха ауданының әкімі', 'akim/district'],
  ])('%s → %s', (norm, role) => {
    expect(roleOf(norm)).toBe(role);
  });
});

describe('officials', () => {
  const run = (text: string): DocumentRecord => processDocument({ path: 'x', text }) as DocumentRecord;

  it('pairs a Russian title with the name after it and attaches titles that refer back', () => {
    const rec = run('Под председательством акима области Берика Уали прошло совещание. Открывая его, аким области отметил рост. Д. Ускумбаева выступила.');
    expect(rec.officials).toHaveLength(1);
    const [o] = rec.officials;
    expect(o).toMatchObject({ name: 'Берик Уали', position: 'аким области', role: 'akim/oblast' });
    expect(o!.positionMentions).toHaveLength(2);
  });

  it("joins a bare title to the same holder's fuller wording of that post", () => {
    const rec = run('Ertis Freight Lines has appointed Dana Ospanova its managing director. The new managing director takes office in May.');
    expect(rec.officials).toHaveLength(1);
    expect(rec.officials[0]).toMatchObject({ name: 'Dana Ospanova', position: 'managing director of Ertis Freight Lines' });
    expect(rec.officials[0]!.positionMentions).toHaveLength(2);
  });

  it('gives the post of the owner named inside a title to the genitive name after it, in the same mention', () => {
    const rec = run('Иван Петров назначен советником президента Армении Олега Кима.');
    const owner = rec.officials.find((o) => o.name === 'Олег Ким');
    expect(owner).toMatchObject({ position: 'президент Армении' });
    expect(rec.officials.find((o) => o.name === 'Иван Петров')).toMatchObject({ position: 'советник президента Армении', positionMentions: owner!.positionMentions });
  });

  it('pairs a name with a title after it behind a comma', () => {
    const rec = run('На встрече выступил Абзал Серикулы, руководитель управления цифровых технологий.');
    expect(rec.officials[0]).toMatchObject({ name: 'Абзал Серикулы', position: 'руководитель управления цифровых технологий' });
  });

  it('resolves initials to the full name given in the same document', () => {
    const rec = run('С докладом выступила директор школы Дамеш Ускумбаева. Как подчеркнула Д. Ускумбаева, работа продолжится.');
    const persons = rec.mentions.filter((m) => m.type === 'person');
    expect(new Set(persons.map((p) => (p.type === 'person' ? p.key : '')))).toHaveLength(1);
    expect(rec.officials[0]!.mentions).toHaveLength(2);
  });

  it('links the same Kazakh official written in Kazakh and in Russian to one key', () => {
    const kk = run('Облыс әкімі Берік Уәлидің төрағалығымен жиын өтті.');
    const ru = run('Под председательством акима области Берика Уали состоялось совещание.');
    expect(kk.officials[0]!.key).toBe(ru.officials[0]!.key);
    expect(kk.officials[0]!.role).toBe(ru.officials[0]!.role);
  });
});

describe('who holds a title', () => {
  const holders = (text: string, lang: 'kk' | 'ru' | 'en') => {
    const mentions = extractText({ text, lang });
    return findHolders(text, mentions, packOf(lang).link).map((l) => `${l.how}: ${mentions[l.person]!.text} → ${mentions[l.position]!.text}`);
  };

  it.each([
    ['ru', 'Министр финансов Ерлан Садыков выступил.', 'title-name: Ерлан Садыков → Министр финансов'],
    ['ru', 'Выступил Ерлан Садыков, министр финансов.', 'apposition: Ерлан Садыков → министр финансов'],
    ['ru', 'Ерлан Садыков был назначен министром финансов.', 'tenure: Ерлан Садыков → министром финансов'],
    ['ru', 'Ерлан Садыков родился в Таразе. Он работал директором школы.', 'pronoun: Ерлан Садыков → директором школы'],
    ['kk', 'Дархан Сатыбалды 2022 жылы облыс әкімі болып тағайындалды.', 'tenure: Дархан Сатыбалды → облыс әкімі'],
    ['en', 'Yerlan Sadykov was appointed akim of the Zhambyl region.', 'tenure: Yerlan Sadykov → akim of the Zhambyl region'],
  ] as const)('%s: %s', (lang, text, link) => {
    expect(holders(text, lang)).toEqual([link]);
  });

  it('links each name of a plural title, and stays linear on a long list of titles and names', () => {
    expect(holders('Музыканты группы «Жеты» Арман Касымов, Ержан Бекетов и Данияр Ахметов выступили.', 'ru').map((l) => l.split(':')[0])).toEqual(['title-name', 'list', 'list']);
    const long = Array.from({ length: 2_000 }, (_, i) => `Аким района Ерлан Садыков${i % 7} провел встречу, министр финансов выступил.`).join(' ');
    const started = performance.now();
    holders(long, 'ru');
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
