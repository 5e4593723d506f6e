import { z } from 'zod';

/**
 * A user lexicon: entries added to the built-in tables of the extractors, without a rebuild.
 * The same shape is accepted inline in kzx.config.json.
 */
const word = z.string().trim().min(1);

export const ProgrammeEntrySchema = z
  .object({
    kk: word.describe('The name in Kazakh: the norm of a mention in a Kazakh text'),
    ru: word.describe('The name in Russian'),
    en: word.describe('The name in English'),
    forms: z.array(word).min(1).optional().describe('Forms as they appear in texts (inflected, other spellings); the three names are always forms'),
  })
  .strict();

export const TitleEntrySchema = z
  .object({
    lang: z.enum(['kk', 'ru', 'en']),
    head: word.describe('The head word of the title in the nominative, lowercase: "омбудсмен", "әкім", "ombudsman"'),
    declension: z
      .enum(['hard', 'soft', 'a', 'ya', 'adj', 'fleeting', 'indecl'])
      .optional()
      .describe('Russian: how the head is declined (hard: "министр", soft: "секретарь", a: "глава", ya: "судья", adj: "управляющий", fleeting: "посол" → "посла", indecl: not declined); default hard'),
    role: z
      .string()
      .regex(/^[a-z][a-z0-9_]*(?:\/[a-z0-9_]+)*$/)
      .optional()
      .describe('The canonical role of positions with this head, e.g. ombudsman or commissioner/human_rights'),
  })
  .strict();

export const LexiconSchema = z
  .object({
    programmes: z.array(ProgrammeEntrySchema).optional(),
    titles: z.array(TitleEntrySchema).optional(),
    firstNames: z
      .object({ male: z.array(word).optional(), female: z.array(word).optional() })
      .strict()
      .optional()
      .describe('First names in the nominative: a capitalised first name followed by a surname is a person'),
    notNames: z.array(word).optional().describe('Capitalised words that are never names (places, brands)'),
  })
  .strict();
export type Lexicon = z.infer<typeof LexiconSchema>;

export const ConfigSchema = LexiconSchema.extend({
  lexicons: z.array(word).optional().describe('Lexicon files, relative to this file'),
}).strict();
