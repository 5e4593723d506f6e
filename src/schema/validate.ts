import { createRequire } from 'node:module';
import type { DocumentRecord } from './record.js';
import { consistencyIssues } from './contract.js';

/** A validator function as ajv's standalone code exports it. */
interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ReadonlyArray<{ instancePath: string; message?: string; params?: { additionalProperty?: string } }> | null;
}

const COMPILED_PATH = '../../schemas/record.validator.cjs';
let compiled: CompiledValidator | undefined;

/**
 * The record validator compiled at build time from schemas/record.schema.json (src/tools/compile-validator.ts).
 * Loaded on first use; src/schema and dist/schema are both two levels below the package root.
 */
function compiledValidator(): CompiledValidator {
  if (compiled === undefined) {
    try {
      compiled = createRequire(import.meta.url)(COMPILED_PATH) as CompiledValidator;
    } catch (err) {
      throw new Error(`schemas/record.validator.cjs cannot be loaded (run \`npm run build\`): ${(err as Error).message}`);
    }
  }
  return compiled;
}

/**
 * Why a record breaks the contract (DocumentRecordSchema), or undefined when it keeps it: the
 * compiled JSON Schema check, then the cross-field checks against the text the offsets refer to.
 */
export function recordProblems(record: DocumentRecord, text: string): string | undefined {
  const validate = compiledValidator();
  if (!validate(record)) {
    return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'invalid'}${e.params?.additionalProperty !== undefined ? ` ('${e.params.additionalProperty}')` : ''}`).join('; ');
  }
  const issues = consistencyIssues({ chars: record.chars, text, mentions: record.mentions, officials: record.officials });
  return issues.length === 0 ? undefined : issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
}
