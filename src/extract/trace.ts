import type { STAGES } from '../schema/contract.js';
import type { Mention } from '../schema/record.js';

/** A stage of extraction that produces mentions (a mention's `explain.stage` with --explain). */
export type Stage = (typeof STAGES)[number];

/** The rule families that report a decline: the stages, with numbers, money and dates under quantities. */
export type DeclineStage = 'projects' | 'quantities' | 'ages' | 'persons' | 'titles';

/**
 * Told which stage produced each mention, and where a rule family examined tokens and said no.
 * Set only by `kzx explain` and `extract --explain`, so extraction otherwise pays one check per
 * decision (and `tracer?.declined(…, reason)` does not build the reason).
 */
export interface Tracer {
  produced(mention: Mention, stage: Stage): void;
  declined(stage: DeclineStage, start: number, end: number, reason: string): void;
}

export let tracer: Tracer | undefined;
export const setTracer = (t: Tracer | undefined): void => {
  tracer = t;
};
