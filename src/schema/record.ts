import { z } from 'zod';
import { consistencyIssues, DATE_RELATIONS, ERROR_CODES, MENTION_TYPES, STAGES, WARNING_CODES } from './contract.js';

export { consistencyIssues, CONTRACT_VERSION, DATE_RELATIONS, ERROR_CODES, MENTION_TYPES, WARNING_CODES } from './contract.js';

/** The record contract. Types and the JSON Schema files in schemas/ are derived from these. */

export const MentionTypeSchema = z.enum(MENTION_TYPES);
export type MentionType = z.infer<typeof MentionTypeSchema>;

export const QualifierSchema = z.enum(['more_than', 'about', 'up_to', 'less_than', 'at_least']);
export const DateRelationSchema = z.enum(DATE_RELATIONS);
export const RangeSchema = z.object({ from: z.number(), to: z.number() }).strict();
export const QuantityValueSchema = z.union([z.number(), RangeSchema]);

const span = {
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().min(1),
};

/** What produced a mention (with --explain): present on every mention of such a record, absent otherwise. */
export const MentionExplainSchema = z
  .object({
    stage: z.enum(STAGES).describe('The stage of extraction that produced it (stages run in order, each claiming its tokens)'),
    rule: z.string().min(1).describe('The rule family, in words'),
    lexicon: z.string().min(1).optional().describe("The lexicon entry it rests on, built-in or the user's"),
  })
  .strict();
export type MentionExplain = z.infer<typeof MentionExplainSchema>;
const explain = { explain: MentionExplainSchema.optional() };

export const PersonMentionSchema = z
  .object({
    type: z.literal('person'),
    ...span,
    norm: z.string().min(1).describe('Name in the nominative'),
    key: z.string().min(1).describe('Canonical identity: the same person has the same key in kk, ru and en'),
    ...explain,
  })
  .strict();

export const PositionMentionSchema = z
  .object({
    type: z.literal('position'),
    ...span,
    norm: z.string().min(1).describe('Position in the nominative'),
    role: z.string().min(1).optional().describe('Canonical role, e.g. akim/oblast, president'),
    plural: z.literal(true).optional().describe('A group, not one holder: "журналисты", "депутатов"'),
    ...explain,
  })
  .strict();

export const MoneyMentionSchema = z
  .object({
    type: z.literal('money'),
    ...span,
    value: QuantityValueSchema.describe('Amount in base units of the currency'),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .describe('ISO 4217 code'),
    qualifier: QualifierSchema.optional(),
    ...explain,
  })
  .strict();

export const NumberMentionSchema = z
  .object({
    type: z.literal('number'),
    ...span,
    value: QuantityValueSchema,
    unit: z.string().min(1).optional().describe('The counted noun, when there is one (dictionary form in Kazakh)'),
    unitStart: z.number().int().nonnegative().optional().describe('Offsets of the counted noun in the text, outside the span since contract 2'),
    unitEnd: z.number().int().nonnegative().optional(),
    qualifier: QualifierSchema.optional(),
    ...explain,
  })
  .strict();

export const PercentMentionSchema = z
  .object({
    type: z.literal('percent'),
    ...span,
    value: QuantityValueSchema,
    qualifier: QualifierSchema.optional(),
    ...explain,
  })
  .strict();

// A date's value: a day, month or year, or a period between two; a day or month without its year; a decade or century;
// a duration, in one unit or in years, months and days together (P1Y6M).
const CALENDAR_POINT = String.raw`\d{4}(?:-\d{2}(?:-\d{2})?)?`;
const DURATION = String.raw`P(?:\d+(?:\.\d+)?Y(?:\d+M)?(?:\d+D)?|\d+(?:\.\d+)?M(?:\d+D)?|\d+(?:\.\d+)?[WD]|T\d+(?:\.\d+)?[HM])`;
const DATE_VALUE_RE = new RegExp(`^(?:${CALENDAR_POINT}(?:/${CALENDAR_POINT})?|--\\d{2}(?:-\\d{2})?|\\d{3}X|\\d{2}XX|${DURATION})$`);

export const DateMentionSchema = z
  .object({
    type: z.literal('date'),
    ...span,
    value: z.string().regex(DATE_VALUE_RE).optional().describe('ISO 8601: 2025-11-04, 2025-11, 2026, 2026/2030 (period), --05-11 (no year), 198X (decade), P5Y / P3M / P1Y6M / PT4H (duration)'),
    relative: z.boolean().optional().describe('Relative expression (биыл, в прошлом году), resolved against the document date when there is one'),
    relation: DateRelationSchema.optional().describe('What the adposition inside the span adds: from (с, бастап), until (до, дейін), since (бері), during (в течение, ішінде), at (в, на, таңда)'),
    ...explain,
  })
  .strict();

export const ProjectMentionSchema = z
  .object({
    type: z.literal('project'),
    ...span,
    norm: z.string().min(1),
    ...explain,
  })
  .strict();

export const MentionSchema = z.discriminatedUnion('type', [
  PersonMentionSchema,
  PositionMentionSchema,
  MoneyMentionSchema,
  NumberMentionSchema,
  PercentMentionSchema,
  DateMentionSchema,
  ProjectMentionSchema,
]);
export type Mention = z.infer<typeof MentionSchema>;
export type PersonMention = z.infer<typeof PersonMentionSchema>;
export type PositionMention = z.infer<typeof PositionMentionSchema>;
export type MoneyMention = z.infer<typeof MoneyMentionSchema>;
export type NumberMention = z.infer<typeof NumberMentionSchema>;
export type PercentMention = z.infer<typeof PercentMentionSchema>;
export type DateMention = z.infer<typeof DateMentionSchema>;
export type ProjectMention = z.infer<typeof ProjectMentionSchema>;

export const OfficialSchema = z
  .object({
    name: z.string().min(1).describe('Nominative name'),
    key: z.string().min(1),
    position: z.string().min(1).describe('Nominative position'),
    role: z.string().min(1).optional(),
    mentions: z.array(z.number().int().nonnegative()).min(1).describe('Indices of the person mentions'),
    positionMentions: z.array(z.number().int().nonnegative()).min(1).describe('Indices of the position mentions'),
    former: z.literal(true).optional().describe('The text says the post is no longer held (бывший, экс-, бұрынғы, former; "он работал министром")'),
    acting: z.literal(true).optional().describe('The text says the post is held for the time being (и.о., врио, м.а., acting)'),
  })
  .strict();
export type Official = z.infer<typeof OfficialSchema>;

/** Something a document lost or had repaired on the way to its record: the record is kept, and says so. */
export const WarningSchema = z
  .object({
    code: z.enum(WARNING_CODES),
    message: z.string().min(1),
  })
  .strict();
export type Warning = z.infer<typeof WarningSchema>;

export const LangSchema = z.enum(['kk', 'ru', 'en', 'und']);

/** How a record was made when it differs from the defaults: offsets in code points, the user's lexicons. */
export const ProvenanceSchema = z
  .object({
    offsets: z.literal('codepoint').optional().describe('start, end and chars count Unicode code points (--offsets codepoint), not UTF-16 units'),
    lexicons: z
      .array(
        z
          .object({
            file: z.string().min(1).describe('The lexicon file as given (--lexicon, kzx.config.json)'),
            sha256: z
              .string()
              .regex(/^[0-9a-f]{16}$/)
              .describe('First 16 hex digits of the SHA-256 of its bytes'),
          })
          .strict(),
      )
      .min(1)
      .optional()
      .describe('User lexicons applied to this record'),
  })
  .strict();
export type Provenance = z.infer<typeof ProvenanceSchema>;

export const DocumentRecordSchema = z
  .object({
    path: z.string(),
    id: z.string().min(1).describe('Stable hash of the decoded text (16 hex digits), or the id given with NDJSON input'),
    lang: LangSchema,
    langConfidence: z.number().min(0).max(1),
    script: z
      .literal('latn')
      .optional()
      .describe(
        'Set only when the text is not in its language\'s usual script: "latn" for Kazakh in a Latin alphabet (2021, 2018 or 2017), extracted from its Cyrillic reading; offsets, mention texts and norms are those of the Latin text, person keys those of the Cyrillic spelling',
      ),
    encoding: z.string().min(1),
    chars: z.number().int().nonnegative(),
    title: z.string().min(1).optional(),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    meta: z.record(z.string(), z.unknown()).optional(),
    mentions: z.array(MentionSchema),
    officials: z.array(OfficialSchema),
    text: z.string().optional().describe('The text offsets refer to (with --with-text)'),
    warnings: z.array(WarningSchema).min(1).optional().describe('What was dropped or repaired (a mention whose value cannot be represented, bytes that are not valid UTF-8)'),
    provenance: ProvenanceSchema.optional(),
  })
  .strict()
  .superRefine((rec, ctx) => {
    for (const issue of consistencyIssues(rec)) ctx.addIssue({ code: 'custom', ...issue });
  });

export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;

export const ErrorRecordSchema = z
  .object({
    path: z.string(),
    id: z.string().optional(),
    meta: z.record(z.string(), z.unknown()).optional(),
    error: z.object({ code: z.enum(ERROR_CODES), message: z.string().min(1) }).strict(),
  })
  .strict();
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const OutputRecordSchema = z.union([DocumentRecordSchema, ErrorRecordSchema]);
export type OutputRecord = DocumentRecord | ErrorRecord;
