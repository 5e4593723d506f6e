import { kkStems } from '../../segment/morph-kk.js';
import type { CountedNounRules } from './index.js';

// Words that follow numbers but are not what is counted.
const STOP = new Set(['және', 'мен', 'да', 'де', 'та', 'те', 'бен', 'пен', 'ғана', 'тек', 'әр', 'бұл', 'осы', 'сол', 'ол', 'олар', 'ал', 'бірақ', 'немесе', 'не', 'яғни', 'оның', 'соның', 'ішінде', 'бойынша', 'арасында', 'дейін', 'кейін', 'бері', 'үшін', 'туралы', 'жуық', 'астам', 'аса', 'артық', 'шамасында', 'деп', 'еді', 'деді', 'болды', 'болып', 'етті', 'берді', 'алды', 'бар', 'жоқ', 'рет', 'есе', 'астам', 'жуық']);
// Participles and finite verbs; "-ды/-ді" is left out because it is also the accusative of nouns ("студентті").
const VERB_RE = /(?:ған|ген|қан|кен|ғанын|генін|йды|йді|ады|еді|атын|етін|йтын|йтін|уда|уде|мақ|мек|уға|уге|уы|уі)$/;
const ADJECTIVE_RE = /(?:лық|лік|дық|дік|тық|тік|лы|лі|алды|лді|ғы|гі|қы|кі)$/;
const OBLIQUE_RE = /(?:дағы|дегі|тағы|тегі|ндағы|ндегі|ға|ге|қа|ке|да|де|та|те|нда|нде|дан|ден|тан|тен|нан|нен|мен|бен|пен|ның|нің|дың|дің|тың|тің|ды|ді|ты|ті|ны|ні|ына|іне|сына|сіне|ында|інде|сында|сінде)$/;

// Personal possessives and a bare accusative "-ын" are left alone: "адам" is not "ада" + "м", "кәсіпорын" not "кәсіпор" + "ын".
const PERSONAL_POSSESSIVE_RE = /^(?:ы|і)?(?:м|ң|мыз|міз|ңыз|ңіз)|^(?:ы|і|сы|сі)?н$/;
const MEASURE_PREFIX = new Set(['шаршы', 'текше']);
const POSSESSIVE_RE = /(?:сы|сі|ы|і)(?:н|на|не|нда|нде|нан|нен|ның|нің|мен)?$/;
const PAST_VERB_RE = /(?:ды|ді|ты|ті|ады|еді|йды|йді|ылды|ілді)$/;

const stem = (lower: string): string => {
  // kkStems lists the word first, then stems from the longest ending; keep stems of 3+ letters.
  return kkStems(lower, 3).slice(1).find(({ ending }) => !PERSONAL_POSSESSIVE_RE.test(ending))?.stem ?? lower;
};

/** "294 ауыл", "82 базалық станция", "17 ауылдық елді мекенді", "1700 шаршы метрді". */
export const kkCountedNoun: CountedNounRules = {
  isNoun: (lower) => !STOP.has(lower) && !VERB_RE.test(lower),
  takesNextWord: (lower) => ADJECTIVE_RE.test(lower) || MEASURE_PREFIX.has(lower),
  // "қызмет түрі", "байланыс мұнарасы": a second noun with the possessive makes a compound with the first
  continuesCompound: (first, second) => !OBLIQUE_RE.test(first) && POSSESSIVE_RE.test(second) && !PAST_VERB_RE.test(second),
  lemma: (words) => [...words.slice(0, -1), stem(words[words.length - 1]!)].join(' '),
  notCounted: (lower) => /^жылдығ/.test(lower) || /^мерейтой/.test(lower),
  notANumber: () => false,
  notAfter: (lower) => /^(?:бап|бабы|бабының|бабына|тармақ|тармағы|№)$/.test(lower),
};
