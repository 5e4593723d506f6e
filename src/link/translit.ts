/** Cyrillic (Russian and Kazakh) to a plain Latin spelling, for keys and English names. */

const TABLE: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
};

export function transliterate(lower: string): string {
  let out = '';
  for (const ch of lower) out += TABLE[ch] ?? ch;
  return out;
}

/**
 * Spelling-insensitive Latin form: English spellings of Kazakh names vary ("Tokayev"/"Tokaev",
 * "Kassym"/"Kasym", "Zhomart"/"Jomart", "Qasym", "Kaysar"/"Kaisar", "Sagyntayev"/"Sagintayev"), so both sides are reduced the same way.
 */
export function simplifyLatin(lower: string): string {
  return (
    lower
      .replace(/dzh|zh|dj/g, 'j')
      .replace(/kh/g, 'h')
      .replace(/q/g, 'k')
      .replace(/w/g, 'v')
      .replace(/ye/g, 'e')
      .replace(/yu/g, 'u')
      .replace(/ya/g, 'a')
      .replace(/([aeiou])y(?=[aeiou])/g, '$1')
      // "й" before a consonant and "йы" are one sound in other spellings: Kaysar = Кайсар, Смайылов = Смаилов.
      .replace(/iy(?![aeiou])/g, 'i')
      // «ы» is "y" or "i" in English spellings: Sagyntayev = Sagintayev (Сағынтаев), Bakytzhan = Bakitzhan.
      .replace(/y/g, 'i')
      // Russian writes Kazakh «ө» as «у» or «о» and «о» sometimes as «у» (Төлеген = Тулеген = Толеген, Өмірзақ = Умирзак,
      // Тоғжанов = Тугжанов), English likewise (Tulegen, Tolegen): "u" and "o" are one letter, written "o".
      .replace(/u/g, 'o')
      .replace(/([a-z])\1+/g, '$1')
  );
}
