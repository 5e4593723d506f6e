import type { ExtractContext } from '../context.js';
import { isAllCaps, isCapitalized, type Token } from '../../segment/tokenize.js';
import { ruHeadForm, RU_MODIFIERS, RU_KEEP_CAPITAL } from './heads.js';
import { joinWords, lowerFirst } from './words.js';
import type { TitleMatch, TitleRules } from './index.js';

const MAX_CHAIN = 7;
// The organisation after a Russian title stands in the genitive: "области", "Управления цифровых технологий", "областного маслихата".
const GENITIVE_RE = /(?:а|я|ы|и|ов|ев|ей|ий|ого|его|ой|ых|их|ия|ии|ств|ций|ний)$/;
// Nominative adjectives and short participles end like genitives but close the chain ("утверждена", "инвестиционная").
const NOT_GENITIVE_RE = /(?:ая|яя|ое|ее|ые|ие|ена|ана|яна|ено|ены|ована|ский|ный)$/;
const GENITIVE_ADJECTIVE_RE = /(?:ых|их|ого|его|ой|ей)$/;
const STOP = new Set(['и', 'а', 'но', 'в', 'во', 'на', 'с', 'со', 'у', 'к', 'о', 'от', 'до', 'за', 'из', 'при', 'для', 'что', 'как', 'это', 'не', 'который', 'которая', 'также', 'был', 'была', 'были', 'стал', 'стала', 'отметил', 'отметила', 'сказал', 'сказала', 'заявил', 'заявила', 'подчеркнул', 'подчеркнула', 'должны', 'должен', 'должна', 'могут', 'может', 'будет', 'будут', 'нужно', 'надо', 'очень', 'тоже', 'уже', 'еще', 'ещё', 'его', 'ее', 'её', 'их', 'всех', 'всего', 'этого', 'этой', 'того', 'той', 'своего', 'своей', 'который', 'которого', 'которой', 'которые', 'которых']);
const VERB_RE = /(?:ил|ила|ило|или|ал|ала|али|ял|яла|ет|ит|ют|ят|ть|лся|лась|тся|ться)$/;

function genitiveWord(t: Token, prev?: Token): boolean {
  if (t.kind !== 'word' || STOP.has(t.lower)) return false;
  // Proper names in the chain are genitive ("Японии", "Управления"), abbreviations ("США", "РК"), or
  // a name after a capitalised genitive ("Республики Казахстан"); other capitalised words start a name.
  if (isCapitalized(t)) return isAllCaps(t) || GENITIVE_RE.test(t.lower) && !NOT_GENITIVE_RE.test(t.lower) || (prev !== undefined && isCapitalized(prev) && GENITIVE_RE.test(prev.lower));
  return GENITIVE_RE.test(t.lower) && !NOT_GENITIVE_RE.test(t.lower) && !VERB_RE.test(t.lower);
}

/** Russian titles: modifiers before the head, the organisation in the genitive after it ("первый заместитель акима области"). */
export const ruTitleRules: TitleRules = {
  matchAt(ctx: ExtractContext, h: number, taken: (i: number) => boolean, isNameStart: (i: number) => boolean): TitleMatch | undefined {
    const t = ctx.tokens;
    const head = ruHeadForm(t[h]!.word);
    if (head === undefined || head.plural) return undefined;
    let first = h;
    while (first > 0 && !t[first]!.sentenceStart && RU_MODIFIERS.has(t[first - 1]!.lower) && !taken(first - 1)) first -= 1;
    let last = h;
    for (let k = h + 1; k < t.length && k - h <= MAX_CHAIN; k++) {
      const tok = t[k]!;
      // "Управления предпринимательства и индустриально-инновационного развития": "и" joins two genitives
      const joinsGenitives = (tok.lower === 'и' || tok.text === ',') && last > h && t[k + 1] !== undefined && !taken(k + 1) && genitiveWord(t[k + 1]!, t[k - 1]) && !isCapitalized(t[k + 1]!);
      if (joinsGenitives) continue;
      // A genitive adjective is followed by its noun whatever its ending ("автомобильных дорог").
      const afterGenitiveAdjective = last === k - 1 && k - 1 > h && GENITIVE_ADJECTIVE_RE.test(t[k - 1]!.lower) && tok.kind === 'word' && tok.text === tok.lower && !STOP.has(tok.lower) && !VERB_RE.test(tok.lower);
      if (taken(k) || tok.sentenceStart || isNameStart(k) || !(genitiveWord(tok, t[k - 1]) || afterGenitiveAdjective)) break;
      last = k;
    }
    const words: string[] = [];
    for (let k = first; k <= last; k++) {
      const w = t[k]!.text;
      if (k === h) words.push(restoreInitialCase(w, head.nom));
      else if (k < h) words.push(RU_MODIFIERS.get(t[k]!.lower) ?? w);
      else words.push(w);
    }
    const norm = joinWords(ctx, first, last, words);
    const keep = RU_KEEP_CAPITAL.has(head.nom) && first === h && t[h]!.text !== t[h]!.lower && !t[h]!.sentenceStart;
    return { first, next: last + 1, norm: t[first]!.sentenceStart && !keep ? lowerFirst(norm) : norm, oblique: head.oblique };
  },
};

const restoreInitialCase = (surface: string, nom: string): string => (surface[0] !== surface[0]!.toLowerCase() ? nom[0]!.toUpperCase() + nom.slice(1) : nom);
