/**
 * A cooperative time budget for one document's extraction. Extraction is synchronous, so nothing
 * can stop it from outside the thread (nor on the main thread at all): its loops call
 * `checkDeadline`, which only decrements a counter and reads the clock once per CHECK_EVERY
 * calls, and throws DeadlineExceeded once the budget is spent. With no budget set it never throws.
 */
const CHECK_EVERY = 256;

export class DeadlineExceeded extends Error {}

let deadline = Infinity;
let countdown = CHECK_EVERY;

/** Runs `work` with a budget of `ms` milliseconds (none when undefined); DeadlineExceeded when it runs out. */
export function withDeadline<T>(ms: number | undefined, work: () => T): T {
  if (ms === undefined) return work();
  deadline = performance.now() + ms;
  countdown = 1;
  try {
    return work();
  } finally {
    deadline = Infinity;
  }
}

export function checkDeadline(): void {
  if (--countdown > 0) return;
  countdown = CHECK_EVERY;
  if (performance.now() > deadline) throw new DeadlineExceeded();
}
