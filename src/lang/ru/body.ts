/**
 * Russian: a post whose owner is a bare generic body («руководитель управления») takes the body's full
 * name from the text before it («В управлении образования … Руководитель управления Иван Петров» →
 * «руководитель управления образования»). See `LinkCues.fullBodyPost`.
 */
import { lastBodyName } from '../../link/body-name.js';

// The body noun in the singular, any case: its stem and endings (not «отделение», «управляющий»).
const BODY_WORD = /(?<![а-яё])([Уу]правлени|[Оо]тдел|[Дд]епартамент|[Кк]омитет)(?:е|я|ю|ем|и|а|у|ом)?(?![а-яё])/gu;
// The genitive the owner takes in the post, by stem.
const GENITIVE: ReadonlyMap<string, string> = new Map([
  ['управлени', 'управления'],
  ['отдел', 'отдела'],
  ['департамент', 'департамента'],
  ['комитет', 'комитета'],
]);
// A word after the body in the genitive that names it («образования», «полиции», «внутренних дел», «культуры»), not a past verb («сообщила», «провели»).
const GENITIVE_WORD = /^[а-яё]+(?:а|я|ы|и|ого|его|ой|ей|ых|их|ов|ев)$|^дел$/u;
const PAST_VERB = /л[аио]$/u;
// An agreeing adjective before the body («областном управлении») and its genitive («областного»): after к, г, х, ж, ш, ч, щ the soft ending is the hard one's.
const ADJECTIVE = /^([а-яё]+?)(ом|ому|ым|ый|ой|ое|ого|ем|ему|им|ий|ее|его)$/u;
const SOFT = new Set(['ем', 'ему', 'им', 'ий', 'ее', 'его']);
const HARD_STEM = /[кгхжшчщ]$/u;
/** At most this many genitives name a body after its noun («управления внутренних дел», «комитета государственных доходов»). */
const MAX_GENITIVES = 3;

export function ruFullBodyPost(before: string, norm: string): string | undefined {
  const words = norm.split(' ');
  const stem = words.at(-1)!.toLowerCase();
  const body = [...GENITIVE].find(([, gen]) => gen === stem)?.[0];
  if (body === undefined || words.length < 2) return undefined;
  const name = lastBodyName(before, BODY_WORD, body, (m) => nameAround(before, m.index, m.index + m[0].length, body)?.join(' '));
  return name === undefined ? undefined : [...words.slice(0, -1), name].join(' ');
}

/** The body whose noun `body` is `before.slice(start, end)`, in the genitive with its name, or undefined when none is given or it may go on past the count. */
function nameAround(before: string, start: number, end: number, body: string): string[] | undefined {
  const after = before.slice(end).split(' ');
  if (after[0] !== '') return undefined;
  const genitives: string[] = [];
  for (const w of after.slice(1, 1 + MAX_GENITIVES)) {
    if (!GENITIVE_WORD.test(w) || PAST_VERB.test(w)) break;
    genitives.push(w);
  }
  // Its name ends at a punctuation mark or a word of another kind; a name longer than the count would be cut: none rather than half.
  if (genitives.length === 0 || (genitives.length === MAX_GENITIVES && GENITIVE_WORD.test(after[1 + MAX_GENITIVES] ?? ''))) return undefined;
  const preceding = before.slice(0, start).split(' ');
  const adjective = preceding.at(-1) === '' ? ADJECTIVE.exec(preceding.at(-2) ?? '') : null;
  const owner = adjective !== null ? [`${adjective[1]}${SOFT.has(adjective[2]!) && !HARD_STEM.test(adjective[1]!) ? 'его' : 'ого'}`] : [];
  return [...owner, GENITIVE.get(body)!, ...genitives];
}
