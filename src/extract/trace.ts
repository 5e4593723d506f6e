import type { Mention } from '../schema/record.js';

/** The stages of extractMentions that produce mentions, in their order (each claims its tokens before the next runs). */
export type Stage = 'projects' | 'date words' | 'quantities' | 'ages' | 'change start' | 'persons' | 'titles' | 'names after titles' | 'later surnames';

/** Told which stage produced each mention; set only by `kzx explain`, so extraction otherwise pays one check per mention. */
export interface Tracer {
  produced(mention: Mention, stage: Stage): void;
}

export let tracer: Tracer | undefined;
export const setTracer = (t: Tracer | undefined): void => {
  tracer = t;
};
