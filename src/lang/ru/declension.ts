/** Russian noun declension by class: the forms of a title word, generated from its nominative. */

export const DECLENSIONS = ['hard', 'soft', 'a', 'ya', 'adj', 'ets', 'fleeting', 'indecl'] as const;
export type Declension = (typeof DECLENSIONS)[number];

const ENDINGS: Record<Declension, { singular: readonly string[]; plural: readonly string[]; cut: number }> = {
  hard: { singular: ['а', 'у', 'ом', 'е'], plural: ['ы', 'и', 'ов', 'ам', 'ами', 'ах'], cut: 0 },
  soft: { singular: ['я', 'ю', 'ем', 'е'], plural: ['и', 'ей', 'ям', 'ями', 'ях'], cut: 1 },
  a: { singular: ['ы', 'и', 'е', 'у', 'ой', 'ою'], plural: ['ам', 'ами', 'ах'], cut: 1 },
  ya: { singular: ['и', 'е', 'ю', 'ей', 'ёй'], plural: ['ям', 'ями', 'ях'], cut: 1 },
  adj: { singular: ['его', 'ему', 'им', 'ем', 'ого', 'ому', 'ым', 'ом'], plural: ['ие', 'ые', 'их', 'ых', 'им', 'ими', 'ыми'], cut: 2 },
  // "певец" → "певца", "боец" → "бойца": the vowel of -ец drops
  ets: { singular: ['ца', 'цу', 'цом', 'це'], plural: ['цы', 'цов', 'цам', 'цами', 'цах'], cut: 2 },
  // "посол" → "посла", "послом": the vowel before the last consonant drops (the stem is cut below);
  // no prepositional, which is mostly another word ("после")
  fleeting: { singular: ['а', 'у', 'ом'], plural: ['ы', 'ов', 'ам', 'ами', 'ах'], cut: 0 },
  indecl: { singular: [], plural: [], cut: 0 },
};

export interface RuForm {
  readonly form: string;
  readonly oblique: boolean;
  readonly plural: boolean;
}

/** Every form of `nom` in class `decl`, the nominative first; a form of both numbers counts as singular. */
export function ruForms(nom: string, decl: Declension): RuForm[] {
  const { singular, cut } = ENDINGS[decl];
  let { plural } = ENDINGS[decl];
  let stem = cut > 0 ? nom.slice(0, -cut) : nom;
  if (decl === 'ets' && /[аеёиоуыэюя]$/.test(stem)) stem += 'й';
  if (decl === 'fleeting') stem = nom.slice(0, -2) + nom.slice(-1);
  const out: RuForm[] = [{ form: nom, oblique: false, plural: false }];
  const seen = new Set([nom]);
  // "врач" → "врачей", "врачи": after a hushing consonant the plural takes -ей and -и, never -ов or -ы
  if (decl === 'hard' && /[жшщч]$/.test(stem)) plural = ['и', 'ей', 'ам', 'ами', 'ах'];
  // "парламентарий" → "парламентариев": a noun in -ий takes -ев in the genitive plural
  if (decl === 'soft' && stem.endsWith('и')) plural = ['и', 'ев', 'ям', 'ями', 'ях'];
  // "певицей", "учительницей": after a hushing consonant or ц the unstressed instrumental is -ей
  const extra = decl === 'a' && /[жшщчц]$/.test(stem) ? ['ей', 'ею'] : [];
  for (const e of extra.length > 0 ? [...singular, ...extra] : singular)
    if (!seen.has(stem + e)) {
      seen.add(stem + e);
      out.push({ form: stem + e, oblique: true, plural: false });
    }
  for (const e of plural)
    if (!seen.has(stem + e)) {
      seen.add(stem + e);
      out.push({ form: stem + e, oblique: true, plural: true });
    }
  // "актрис", "журналисток": the genitive plural of a feminine in -а has no ending, and -к takes a
  // vowel before it: -е- after a hushing consonant or ц ("девушек", "подружек"), -о- after the others
  if (decl === 'a') {
    const genitive = /[жшчщц]к$/.test(stem) ? `${stem.slice(0, -1)}ек` : /[^аеёиоуыэюяй]к$/.test(stem) ? `${stem.slice(0, -1)}ок` : stem;
    if (!seen.has(genitive)) out.push({ form: genitive, oblique: true, plural: true });
  }
  return out;
}

/** The class a nominative's ending points to, for words met only in running text. */
export function declensionOf(nom: string): Declension | undefined {
  if (/[^аеёиоуыэюя]ец$|оец$/.test(nom)) return 'ets';
  if (/(?:ий|ый|ой)$/.test(nom)) return undefined;
  if (nom.endsWith('ь')) return 'soft';
  if (nom.endsWith('а')) return 'a';
  if (nom.endsWith('я')) return 'ya';
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(nom)) return 'hard';
  return undefined;
}

// An adjective agrees with the noun after it when the noun has an ending of the same case and number:
// the adjective's ending → the endings such a noun can have ("полицейские машины", "военных учений").
const AGREEING_NOUN: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/(?:ыми|ими)$/, /(?:ами|ями|ьми)$/],
  [/(?:ого|его)$/, /[аяоь]$/],
  [/(?:ому|ему)$/, /[уюи]$/],
  [/(?:ая|яя)$/, /[аяь]$/],
  [/(?:ое|ее)$/, /[оеё]$/],
  [/(?:ую|юю)$/, /[уюь]$/],
  [/(?:ые|ие)$/, /[ыиаяь]$/],
  [/(?:ых|их)$/, /(?:ов|ев|ей|ий|ах|ях|[бвгджзклмнпрстфхцчшщь])$/],
  [/(?:ым|им)$/, /(?:ом|ем|ём|ам|ям|ой|ей|ью)$/],
  [/(?:ом|ем)$/, /[еи]$/],
  // feminine oblique, and the masculine nominative in -ой
  [/(?:ой|ей)$/, /(?:[ыиеюь]|ой|ей|ою|[бгджзклнпрстфцчшщй]|(?<![оеёаяи])[мвх])$/],
  // a consonant ending, but not an oblique -ом, -ов, -ах, -ей ("заведующий отделением", "командующий армией")
  [/(?:ый|ий)$/, /(?:[бгджзклнпрстфцчшщь]|(?<![оеёаяи])[мвхй])$/],
];

/** Whether a lowercase noun can agree with an adjective form before it ("полицейский участок"; not "полицейские штурмом"). */
export function agreesWith(adjective: string, noun: string): boolean {
  const agreement = AGREEING_NOUN.find(([a]) => a.test(adjective));
  return agreement?.[1].test(noun) === true;
}
