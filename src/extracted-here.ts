/**
 * Whether this thread has run the extraction code. The CLI reports it to bin/code-cache.cjs, whose
 * code cache should hold the extraction code once any run has extracted on the main thread.
 */
let extracted = false;
export const markExtractedHere = (): void => {
  extracted = true;
};
export const hasExtractedHere = (): boolean => extracted;
