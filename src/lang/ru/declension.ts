/** Russian noun declension by class: the forms of a title word, generated from its nominative. */

export const DECLENSIONS = ['hard', 'soft', 'a', 'ya', 'adj', 'ets', 'indecl'] as const;
export type Declension = (typeof DECLENSIONS)[number];

const ENDINGS: Record<Declension, { singular: readonly string[]; plural: readonly string[]; cut: number }> = {
  hard: { singular: ['а', 'у', 'ом', 'е'], plural: ['ы', 'и', 'ов', 'ам', 'ами', 'ах'], cut: 0 },
  soft: { singular: ['я', 'ю', 'ем', 'е'], plural: ['и', 'ей', 'ям', 'ями', 'ях'], cut: 1 },
  a: { singular: ['ы', 'и', 'е', 'у', 'ой', 'ою'], plural: ['ам', 'ами', 'ах'], cut: 1 },
  ya: { singular: ['и', 'е', 'ю', 'ей', 'ёй'], plural: ['ям', 'ями', 'ях'], cut: 1 },
  adj: { singular: ['его', 'ему', 'им', 'ем', 'ого', 'ому', 'ым', 'ом'], plural: ['ие', 'ые', 'их', 'ых', 'им', 'ими', 'ыми'], cut: 2 },
  // "певец" → "певца", "боец" → "бойца": the vowel of -ец drops
  ets: { singular: ['ца', 'цу', 'цом', 'це'], plural: ['цы', 'цов', 'цам', 'цами', 'цах'], cut: 2 },
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
  const out: RuForm[] = [{ form: nom, oblique: false, plural: false }];
  const seen = new Set([nom]);
  // "врач" → "врачей", "врачи": after a hushing consonant the plural takes -ей and -и, never -ов or -ы
  if (decl === 'hard' && /[жшщч]$/.test(stem)) plural = ['и', 'ей', 'ам', 'ами', 'ах'];
  for (const e of singular)
    if (!seen.has(stem + e)) {
      seen.add(stem + e);
      out.push({ form: stem + e, oblique: true, plural: false });
    }
  for (const e of plural)
    if (!seen.has(stem + e)) {
      seen.add(stem + e);
      out.push({ form: stem + e, oblique: true, plural: true });
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
