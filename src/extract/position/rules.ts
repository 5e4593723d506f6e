import type { NameRules } from '../person/rules.js';
import type { Declension } from '../../lang/ru/declension.js';
import type { Token } from '../../segment/tokenize.js';
import type { Word } from '../../segment/word.js';

export interface TitleMatch {
  readonly first: number;
  readonly next: number;
  readonly norm: string;
  /** The head stands in an oblique case ("советника"): a name right after it is oblique too. */
  readonly oblique: boolean;
  /** A group ("журналисты", "депутатов"). */
  readonly plural?: boolean;
  /** Characters at the start of the first token that stay outside the span: ru «экс-» says the post is past, as «бывший» does. */
  readonly trim?: number;
}

/** What the title rules read of a document: its tokens, and whether a word is a first name (a title stops where a name begins). */
export interface TitleContext {
  readonly tokens: readonly Token[];
  readonly pack: { readonly person: Pick<NameRules, 'firstName'> };
}

/** One language's title rules (the pack's `position` field), read by the shared title stage (index.ts). */
export interface TitleRules {
  matchAt(ctx: TitleContext, head: number, taken: (i: number) => boolean, isNameStart: (i: number) => boolean): TitleMatch | undefined;
  /** Whether a title head counted by a number stays free for the title rules ("двух генералов", "30 журналистов"). */
  countedHead(word: Word | undefined): boolean;
  /** Whether the name starting at token i follows an oblique-case title or preposition ("советника … Малика Отарбаева"). */
  obliqueBefore(tokens: readonly Token[], i: number): boolean;
  /** User lexicons (src/lexicon/install.ts): a title head (lowercase), with its declension where the language has them. */
  addHead(head: string, declension: Declension | undefined): void;
  /** Whether a lowercase word form is one of this language's title words ("президента"): capitalised, it is no name word, in text of any language. */
  isHeadWord?(lower: string): boolean;
}
