import { describe, expect, it } from 'vitest';
import { isCapitalized, tokenize } from '../src/segment/tokenize.js';
import { memoByWord } from '../src/segment/word-memo.js';
import { wordFor, wordQuestion } from '../src/segment/word.js';

const shape = (text: string): string[] => tokenize(text).map((t) => `${t.kind}:${t.text}`);

describe('tokenize', () => {
  it('keeps inner hyphens and apostrophes in words, splits digits and other characters', () => {
    expect(shape('Қасым-Жомарт 1 200 000 теңге, 35%-ға IT-кадрлар д’Артаньян')).toEqual([
      'word:Қасым-Жомарт',
      'number:1',
      'number:200',
      'number:000',
      'word:теңге',
      'punct:,',
      'number:35',
      'punct:%',
      'punct:-',
      'word:ға',
      'word:IT-кадрлар',
      'word:д’Артаньян',
    ]);
  });

  it('treats Unicode spaces as gaps, keeps combining marks in words and astral symbols whole', () => {
    const tokens = tokenize('со\u0301рок\u00a0лет\u2009😀 𝐀бв');
    expect(tokens.map((t) => t.text)).toEqual(['со\u0301рок', 'лет', '😀', '𝐀бв']);
    expect(tokens.map((t) => [t.start, t.end])).toEqual([
      [0, 6],
      [7, 10],
      [11, 13],
      [14, 18],
    ]);
  });

  it('gives every token the span of the text it was read from, in any script and case', () => {
    const text = 'ТОҚАЕВ Аkимат акімат Smart со\u0301рок 😀 𝐀бв IT-кадрлар 1 200 000 – «қала»';
    const tokens = tokenize(text);
    expect(tokens).toHaveLength(15);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('marks sentence starts after a line break or a full stop before a capital, not before a lowercase word', () => {
    const starts = tokenize('Бірінші сөйлем. Екінші\nүшінші 5 млн. теңге')
      .filter((t) => t.sentenceStart)
      .map((t) => t.text);
    expect(starts).toEqual(['Бірінші', 'Екінші', 'үшінші']);
  });

  it('marks a gap before a token, and gives numbers and symbols their own text as the lowercase form', () => {
    const tokens = tokenize('Тоқаев:«5%»  мың');
    expect(tokens.map((t) => `${t.kind} ${t.text} ${t.lower} ${t.spaceBefore ? 'gap' : 'joined'}`)).toEqual([
      'word Тоқаев тоқаев joined',
      'punct : : joined',
      'punct « « joined',
      'number 5 5 joined',
      'punct % % joined',
      'punct » » joined',
      'word мың мың gap',
    ]);
    expect(tokens.map((t) => t.word === undefined)).toEqual([false, true, true, true, true, true, false]);
  });

  it('folds Latin look-alikes only inside mixed-script words', () => {
    const [mixed, latin, cyrillic] = tokenize('Аkимат Smart аким');
    expect(mixed!.lower).toBe('акимат');
    expect(latin!.lower).toBe('smart');
    expect(cyrillic!.lower).toBe('аким');
    expect([mixed, latin, cyrillic].map((t) => isCapitalized(t!))).toEqual([true, true, false]);
    expect(tokenize('акimат')[0]!.lower).toBe('акімат');
  });

  it('lowercases exactly like toLowerCase, though it skips the call for words with no capital', () => {
    // The skip relies on this: no letter or mark outside Lu and Lt changes under toLowerCase.
    const changed: string[] = [];
    for (let cp = 0; cp < 0x10000; cp++) {
      const ch = String.fromCharCode(cp);
      if (/[\p{L}\p{M}]/u.test(ch) && !/[\p{Lu}\p{Lt}]/u.test(ch) && ch.toLowerCase() !== ch) changed.push(cp.toString(16));
    }
    expect(changed).toEqual([]);
    for (const word of ['Алматы', 'алматы', 'ӘКІМ', 'ǅungla', 'Straße', 'İstanbul', 'ΣΟΦΊΑ']) expect(tokenize(word)[0]!.lower).toBe(word.toLowerCase());
  });
});

describe('memoByWord', () => {
  it('remembers results, including undefined, and empties a full table instead of growing', () => {
    let calls = 0;
    const f = memoByWord((w) => {
      calls++;
      return w.length > 2 ? w.length : undefined;
    }, 2);
    expect([f('абв'), f('аб'), f('абв'), f('аб')]).toEqual([3, undefined, 3, undefined]);
    expect(calls).toBe(2);
    f('абвг'); // the table was full: emptied, then this word stored
    f('абв');
    expect(calls).toBe(4);
  });
});

describe('word entries', () => {
  it('give every token of one lowercase form the same entry, and numbers and punctuation none', () => {
    const [a, comma, b, n, c] = tokenize('Әкім, әкім 5 ӘКІМ');
    expect(a!.word).toBeDefined();
    expect(b!.word).toBe(a!.word);
    expect(c!.word).toBe(a!.word);
    expect(a!.lower).toBe(a!.word!.lower);
    expect(a!.lower).toBe('әкім');
    expect(comma!.word).toBeUndefined();
    expect(n!.word).toBeUndefined();
  });

  it('are one per form whether found from the text or by the lowercase string, look-alike letters folded', () => {
    const [cyrillic, latinA, ascii, hyphen] = tokenize('АЛМАТЫ Aлматы Smart Қасым-Жомарт');
    expect(cyrillic!.word).toBe(wordFor('алматы'));
    expect(latinA!.word).toBe(cyrillic!.word); // its "A" is Latin
    expect(ascii!.word).toBe(wordFor('smart'));
    expect(hyphen!.word).toBe(wordFor('қасым-жомарт'));
    const [quoted, again] = tokenize('Ана’ның ана’ның');
    expect(again!.word).toBe(quoted!.word); // a word joined by ’ had a new entry at each occurrence
    expect(quoted!.word).toBe(wordFor('ана’ның'));
  });

  it('stay right past the table filling up and being emptied', () => {
    const letters = 'абвгдежзиклмнопрстуф';
    const words = Array.from({ length: 110_000 }, (_, n) => `сөз${[...n.toString(20)].map((d) => letters[parseInt(d, 20)]).join('')}`);
    const tokens = tokenize(words.join(' '));
    expect(tokens.filter((t, k) => t.lower !== words[k]).length).toBe(0);
    const again = tokenize(`${words[0]} ${words[109_999]}`);
    expect(again[1]!.word).toBe(tokens[109_999]!.word);
    expect(again[0]!.lower).toBe(words[0]);
  });

  it('answer a question once per word form, including undefined, and give `none` to tokens that are not words', () => {
    let calls = 0;
    const longWord = wordQuestion((lower) => {
      calls++;
      return lower.length > 4 ? lower.length : undefined;
    }, -1);
    const tokens = tokenize('Астана астана Алматы , 2025 алматы');
    expect(tokens.map((t) => longWord(t.word))).toEqual([6, 6, 6, -1, -1, 6]);
    expect(tokens.map((t) => longWord(t.word))).toEqual([6, 6, 6, -1, -1, 6]);
    expect(calls).toBe(2);
    const short = wordQuestion((lower) => {
      calls++;
      return lower.length > 9 ? lower : undefined;
    }, undefined);
    expect(short(tokenize('мен')[0]!.word)).toBeUndefined();
    expect(short(tokenize('Мен')[0]!.word)).toBeUndefined();
    expect(calls).toBe(3);
    // An answer of undefined that is not the usual one is remembered too.
    const unusual = wordQuestion((lower) => {
      calls++;
      return lower === 'жоқ' ? undefined : lower.length;
    }, 0);
    expect([unusual(tokenize('жоқ')[0]!.word), unusual(tokenize('Жоқ')[0]!.word), unusual(tokenize('бар')[0]!.word)]).toEqual([undefined, undefined, 3]);
    expect(calls).toBe(5);
  });
});
