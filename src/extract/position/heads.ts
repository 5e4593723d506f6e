import roles from './roles.json' with { type: 'json' };
import { memoByWord } from '../../segment/word-memo.js';
import { foldKazakh, foldYo } from '../../link/fold.js';

const ROLE_RULES = roles.map((r) => ({ role: r.role, re: new RegExp(r.pattern) }));

/** User lexicons: a role for positions whose norm has this head (lowercase); the user's roles come first. */
export function addTitleRole(head: string, role: string): void {
  const folded = foldYo(foldKazakh(head)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  ROLE_RULES.unshift({ role, re: new RegExp(`(?:^|\\s)${folded}\\S*`) });
}

/**
 * Canonical role of a nominative position, the same for "аким области" and "облыс әкімі".
 * Titles recur across articles ("облыс әкімі"), so the answer is remembered per title.
 */
export const roleOf: (norm: string) => string | undefined = memoByWord(computeRole);

function computeRole(norm: string): string | undefined {
  const folded = foldYo(foldKazakh(norm.toLowerCase())).replace(/[«»"“”]/g, '');
  return ROLE_RULES.find((r) => r.re.test(folded))?.role;
}
