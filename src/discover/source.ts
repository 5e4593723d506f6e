import type { ErrorCode } from '../schema/record.js';

/** A file to process, the stdin document, or a path that cannot be processed. */
export type Source = { kind: 'file'; path: string } | { kind: 'stdin'; path: '-' } | { kind: 'error'; path: string; code: ErrorCode; message: string };
