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

// "kazakhstan's president", "halyk bank's chairman": an owner's possessive before an English title (en/position.ts).
const POSSESSIVE_OWNER_RE = /^(?:\S+ ){0,2}\S+['’]s /;

function computeRole(norm: string): string | undefined {
  const folded = foldYo(foldKazakh(norm.toLowerCase())).replace(/[«»"“”]/g, '');
  const role = ROLE_RULES.find((r) => r.re.test(folded))?.role;
  if (role !== undefined || !POSSESSIVE_OWNER_RE.test(folded)) return role;
  // The title's role when its owner is none of a territory's ("region's akim" has its own)
  const title = folded.replace(POSSESSIVE_OWNER_RE, '');
  return ROLE_RULES.find((r) => r.re.test(title))?.role;
}
