import { z } from 'zod';
import { CONTRACT_VERSION } from './contract.js';
import { DocumentRecordSchema, ErrorRecordSchema, MentionSchema, OutputRecordSchema } from './record.js';

/** JSON Schema documents derived from the zod schemas, by file name; the `$id` path and `version` name the contract version. */
export function jsonSchemas(): Record<string, unknown> {
  const make = (schema: z.ZodType, id: string, title: string): unknown => ({
    $id: `https://kzx.dev/schemas/v${CONTRACT_VERSION}/${id}`,
    title,
    version: CONTRACT_VERSION,
    ...(z.toJSONSchema(schema, { target: 'draft-2020-12' }) as Record<string, unknown>),
  });
  return {
    'record.schema.json': make(DocumentRecordSchema, 'record.schema.json', 'kzx document record'),
    'error.schema.json': make(ErrorRecordSchema, 'error.schema.json', 'kzx error entry'),
    'output.schema.json': make(OutputRecordSchema, 'output.schema.json', 'kzx output record (document or error)'),
    'mention.schema.json': make(MentionSchema, 'mention.schema.json', 'kzx mention'),
  };
}
