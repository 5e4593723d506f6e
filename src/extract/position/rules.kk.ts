import type { ExtractContext } from '../context.js';
import { isCapitalized, type Token } from '../../segment/tokenize.js';
import { isKkGenitive, isKkOblique } from '../../segment/morph-kk.js';
import { kkHeadForm, isKkCompoundRight, KK_KEEP_CAPITAL, KK_NEED_OWNER, KK_ADMIN_NOUNS as ADMIN_NOUNS } from './heads.js';
import type { TitleMatch, TitleRules } from './index.js';
import { joinWords, lowerFirst } from './words.js';

const MAX_CHAIN = 8;
// Words inside a genitive chain that are not in the genitive: "облыс", "ауданы", "цифрлық", "технологиялар".
const ADJECTIVE_RE = /(?:лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі|лы|лі|ды|ді|ты|ті|алды|ық|ік)$/;
const PLURAL_POSSESSIVE_RE = /(?:лар|лер|дар|дер|тар|тер)(?:ы|і)$/;
const VERBAL_RE = /(?:ған|ген|қан|кен|атын|етін|йтын|йтін|ып|іп|ла|ле|келе)$/;
const STOP = new Set(['мен', 'пен', 'бен', 'деп', 'деді', 'ал', 'бұл', 'осы', 'сол', 'ол', 'да', 'де', 'та', 'те', 'мен', 'үшін', 'бойынша', 'туралы', 'арқылы', 'кейін', 'соң']);
const QUOTE_CLOSE = new Set(['»', '"', '”']);
const QUOTE_OPEN = new Set(['«', '"', '“']);

/**
 * Whether token `t` belongs to the organisation chain before a title. Genitives, proper names and
 * administrative nouns always do; adjectives and other nominative nouns only right before a
 * genitive ("цифрлық технологиялар басқармасының"), so a sentence's subject stays out.
 */
function chainWord(t: Token, insideNoun: boolean): boolean {
  if (t.kind !== 'word' || STOP.has(t.lower)) return false;
  if (isKkGenitive(t.lower)) return true;
  if (isCapitalized(t)) return !isKkOblique(t.lower);
  if (ADMIN_NOUNS.has(t.lower)) return true;
  if (isKkOblique(t.lower) || VERBAL_RE.test(t.lower)) return false;
  if (ADJECTIVE_RE.test(t.lower)) return true;
  return insideNoun && !PLURAL_POSSESSIVE_RE.test(t.lower);
}

/** Kazakh titles: the organisation chain before the head ("Бородулиха ауданының әкімі", "ҚР Президентінің кеңесшісі"). */
export const kkTitleRules: TitleRules = {
  matchAt(ctx: ExtractContext, h: number, taken: (i: number) => boolean): TitleMatch | undefined {
    const t = ctx.tokens;
    const head = kkHeadForm(t[h]!.word);
    if (head === undefined || head.plural) return undefined;
    let last = h;
    let lastForm = head;
    // "әкім орынбасары", "Президент кеңесшісі": a second head word continues the title
    while (t[last + 1] !== undefined && !taken(last + 1) && !t[last + 1]!.sentenceStart) {
      const next = kkHeadForm(t[last + 1]!.word);
      if (next === undefined || next.plural || !isKkCompoundRight(next.stem)) break;
      last += 1;
      lastForm = next;
    }
    // The chain before the head: only a possessive head or a genitive link takes modifiers.
    let first = h;
    const takesModifiers = head.possessive !== '' || t[h]!.lower !== head.stem || last > h;
    if (takesModifiers) {
      let seenGenitive = false;
      for (let k = h - 1; k >= 0 && h - k <= MAX_CHAIN; k--) {
        const tok = t[k]!;
        if (taken(k) || t[k + 1]!.sentenceStart) break;
        if (QUOTE_CLOSE.has(tok.text)) {
          let open = k - 1;
          while (open >= 0 && !QUOTE_OPEN.has(t[open]!.text) && k - open < 20 && !t[open + 1]!.sentenceStart) open--;
          if (open < 0 || !QUOTE_OPEN.has(t[open]!.text)) break;
          first = open;
          k = open;
          continue;
        }
        // Past a genitive, nominative words belong to the noun phrase it ends ("энергетика және тұрғын үй-коммуналдық шаруашылық басқармасының").
        const insideNoun = seenGenitive || k + 1 === h && head.possessive !== '';
        // "Индустрия және инфрақұрылымдық даму вице-министрі": "және" inside a capitalised organisation name
        if (tok.lower === 'және' && k > 0 && (seenGenitive && chainWord(t[k - 1]!, true) || isCapitalized(t[k - 1]!)) && !t[k]!.sentenceStart) continue;
        if (!chainWord(tok, insideNoun)) break;
        if (isKkGenitive(tok.lower)) seenGenitive = true;
        first = k;
      }
    }
    if (first === h && last === h && KK_NEED_OWNER.has(head.stem) && head.possessive === '') return undefined;
    const words = [];
    for (let k = first; k <= last; k++) words.push(t[k]!.text);
    const lastLower = t[last]!.lower;
    const lastWord = t[last]!.text.slice(0, lastForm.stem.length) + lastForm.possessive;
    words[words.length - 1] = lastLower.startsWith(lastForm.stem) ? lastWord : t[last]!.text;
    const head0 = t[first]!;
    const norm = joinWords(ctx, first, last, words);
    const keep = KK_KEEP_CAPITAL.has(head0.lower.replace(/(?:ның|нің|дың|дің|тың|тің|ы|і|сы|сі)$/, '')) || KK_KEEP_CAPITAL.has(kkHeadForm(head0.word)?.stem ?? '');
    return { first, next: last + 1, norm: head0.sentenceStart && !keep ? lowerFirst(norm) : norm, oblique: false };
  },
};
