import { hash } from 'node:crypto';

/**
 * A record's id: the first 16 hex digits of the SHA-256 of its decoded text's UTF-8. Given the
 * bytes a text was decoded from, when they are exactly its UTF-8, the same id costs a third as
 * much: hashing a string first encodes it to UTF-8 again.
 */
export const contentId = (content: string | Uint8Array): string => hash('sha256', content, 'hex').slice(0, 16);
