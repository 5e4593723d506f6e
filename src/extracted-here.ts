/**
 * What this thread's compiled code covers, for the CLI's code cache (bin/code-cache.cjs): whether it
 * has extracted a document (the cache should then hold the extraction code), and whether the run
 * changed V8's compiler flags (V8 rejects a cache made under other flags, so none is written then).
 */
let extracted = false;
let flagsChanged = false;
/** Told once, after the first document this thread extracted: bin/code-cache.cjs writes its cache then. */
let afterFirstDocument: (() => void) | undefined;

export const hasExtractedHere = (): boolean => extracted;
export const compilerFlagsChanged = (): void => {
  flagsChanged = true;
};
export const cacheableHere = (): boolean => !flagsChanged;
export const onFirstDocumentHere = (tell: () => void): void => {
  afterFirstDocument = tell;
};
/** A document was extracted and written on this thread (a worker never has anyone to tell). */
export const documentDoneHere = (): void => {
  if (extracted) return;
  extracted = true;
  const tell = afterFirstDocument;
  afterFirstDocument = undefined;
  tell?.();
};
