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

/**
 * What this thread's compiled code covers, for bin/code-cache.cjs: a cache written after a run that only
 * parsed options or wrote help lacks the extraction code, and is widened by the next run that extracts
 * here. None once this thread has changed V8's compiler flags for workers: a run with the defaults would
 * reject that cache (a worker's own cache is made under the flags it was started with).
 */
export const codeCacheScope = (): 'cli' | 'extract' | undefined => (!cacheableHere() ? undefined : hasExtractedHere() ? 'extract' : 'cli');
