/**
 * Whether this thread has run the extraction code. The CLI reports it to bin/code-cache.cjs, whose
 * code cache should hold the extraction code once any run has extracted on the main thread.
 */
let extracted = false;
export const markExtractedHere = (): void => {
  extracted = true;
};
export const hasExtractedHere = (): boolean => extracted;

/** Told once, after the first document this thread extracted: bin/code-cache.cjs writes its cache then. */
let afterFirstDocument: (() => void) | undefined;
export const onFirstDocumentHere = (tell: () => void): void => {
  afterFirstDocument = tell;
};
/** A document was extracted and written on this thread (a worker never has anyone to tell). */
export const documentDoneHere = (): void => {
  const tell = afterFirstDocument;
  if (tell === undefined) return;
  afterFirstDocument = undefined;
  tell();
};
