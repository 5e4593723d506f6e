import type { Mention } from '../../src/schema/record.js';

/** A corpus example's expected mention: each field equals the mention's; `null` expects the field absent ("role": null — no role). */
export const matchesExpected = (m: Mention, want: Record<string, unknown>): boolean =>
  Object.entries(want).every(([k, v]) => JSON.stringify((m as unknown as Record<string, unknown>)[k] ?? null) === JSON.stringify(v));
