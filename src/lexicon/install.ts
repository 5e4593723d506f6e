import type { LoadedLexicon } from './load.js';
import { addProgrammes } from '../extract/project/index.js';
import { addTitleRole } from '../extract/position/heads.js';
import { packOf } from '../lang/registry.js';
import { addFirstNames, addNotNames } from '../extract/person/names.js';
import { addLatinFirstNames } from '../lang/en/person.js';
import { forgetWords } from '../segment/word.js';

/** The lexicons already in this thread's tables, by file and hash. */
const installed = new Set<string>();

/**
 * Adds the lexicons' entries to the extractors' own tables (each extractor has one small `add…`
 * hook beside the table it loads from JSON), once per thread: the tables are module state, shared
 * by every document the thread extracts from then on. The word table is emptied so that no answer
 * given before (this word is no title head) outlives the new entries.
 */
export function installLexicons(lexicons: readonly LoadedLexicon[]): void {
  const fresh = lexicons.filter((l) => !installed.has(`${l.file}#${l.sha256}`));
  if (fresh.length === 0) return;
  for (const { file, sha256, lexicon } of fresh) {
    installed.add(`${file}#${sha256}`);
    addProgrammes(lexicon.programmes ?? []);
    for (const title of lexicon.titles ?? []) {
      const head = title.head.toLowerCase();
      packOf(title.lang).position.addHead(head, title.declension);
      if (title.role !== undefined) addTitleRole(head, title.role);
    }
    const male = lexicon.firstNames?.male ?? [];
    const female = lexicon.firstNames?.female ?? [];
    addFirstNames(male, female);
    addNotNames(lexicon.notNames ?? []);
    addLatinFirstNames([...male, ...female], lexicon.notNames ?? []);
  }
  forgetWords();
}
