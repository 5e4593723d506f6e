import { AtomicOutput, isClosedPipe, OutputError, outputPathProblem } from '../write/output.js';
import { EXIT } from './run-terms.js';
import { printable } from './printable.js';

/** An `-o` that cannot be written (see outputPathProblem), reported before any work; true when there is one (exit 2). */
export function reportOutputPathProblem(out: string | undefined): boolean {
  const problem = out !== undefined ? outputPathProblem(out) : undefined;
  if (problem !== undefined) process.stderr.write(`kzx: error: ${printable(problem)}\n`);
  return problem !== undefined;
}

/**
 * Writes a command's whole output atomically to `-o` or stdout. Undefined once it is written; else
 * the exit code: a reader that went away ends quietly (0), a failed write is one line (3) and leaves
 * no file behind. Anything else is a bug and is thrown.
 */
export async function writeOutputFile(out: string | undefined, write: (dest: AtomicOutput) => Promise<void>): Promise<number | undefined> {
  let dest: AtomicOutput | undefined;
  try {
    dest = new AtomicOutput(out);
    await write(dest);
    await dest.commit();
    return undefined;
  } catch (e) {
    dest?.abort();
    if (isClosedPipe(e)) return EXIT.ok;
    if (e instanceof OutputError) {
      process.stderr.write(`kzx: error: ${printable(e.message)}\n`);
      return EXIT.output;
    }
    throw e;
  }
}
