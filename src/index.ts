export { processDocument, contentId } from './document.js';
export type { ExtractOptions, DocumentInput } from './document.js';
