/**
 * Kazakh: a post whose owner is a bare generic body («Басқарма басшысы») takes the body's full name
 * from the text before it («Бұл ретте білім басқармасында … Басқарма басшысы …» → «білім
 * басқармасының басшысы»). See `LinkCues.fullBodyPost`.
 */
import { lastBodyName } from '../../link/body-name.js';

// Each generic body noun and its possessive genitive, the form it takes as the owner of a named body («білім басқармасының»).
const BODIES: ReadonlyMap<string, string> = new Map([
  ['басқарма', 'басқармасының'],
  ['бөлім', 'бөлімінің'],
  ['департамент', 'департаментінің'],
  ['комитет', 'комитетінің'],
]);
// The body noun in any case, singular (the plural «басқармалар» names several); a word of Cyrillic letters only.
const BODY_WORD = /(?<![\u0400-\u04FF])(басқарма|бөлім|департамент|комитет)(?!лар|лер|дар|дер|тар|тер)[\u0400-\u04FF]*/gu;
// A word before the body that names it: Cyrillic letters (a capital where a name or a sentence starts), not in an oblique
// case (a genitive owns the body, it is no part of its name).
const MODIFIER = /^[\u0400-\u04FF][\u0430-\u04FF]*$/u;
const OBLIQUE = /(?:да|де|та|те|ға|ге|қа|ке|на|не|ны|ні|ды|ді|ты|ті|дан|ден|тан|тен|нан|нен|ның|нің|дың|дің|тың|тің)$/u;
// Determiners, pronouns and connectives that end a name before them; a postposition too: «Ақмола облысы бойынша
// департамент» says where the body is, not which of its kind.
const STOP = new Set(['бұл', 'осы', 'ол', 'сол', 'бір', 'әр', 'барлық', 'және', 'мен', 'де', 'да', 'ретте', 'ал', 'енді', 'кейін', 'сондай-ақ', 'бойынша']);
// Words of time that end no case ending's way («2025 жылы комитеттің …», «биыл комитет …»): when, not which body.
const TIME_WORDS = new Set(['жылы', 'жылғы', 'жылдары', 'күні', 'биыл', 'былтыр', 'қазір', 'бүгін']);
// The owner of the body stands before its name in the possessive («Қаржы министрлігі Мемлекеттік кірістер комитеті»): it ends the name.
const OWNER_POSSESSIVE = new Set(['министрлігі', 'облысы', 'ауданы', 'қаласы', 'әкімдігі', 'агенттігі']);
const SENTENCE_END = /[.!?…]$/u;
const GENITIVE_END = /(?:ның|нің|дың|дің|тың|тің)$/u;
const isModifier = (w: string): boolean => {
  const lower = w.toLowerCase();
  return MODIFIER.test(w) && !OBLIQUE.test(w) && !STOP.has(lower) && !TIME_WORDS.has(lower) && !OWNER_POSSESSIVE.has(lower);
};
/** At most this many words name a body before its noun («ауыл шаруашылығы», «жер қатынастары», «облыстық білім»). */
const MAX_MODIFIERS = 3;

/** The words that name the body whose noun starts at `at`, as written; undefined when none, or when the name may go on past the count. */
function modifiersBefore(before: string, at: number): string[] | undefined {
  const preceding = before.slice(0, at).split(' ');
  if (preceding.pop() !== '') return undefined;
  const modifiers: string[] = [];
  while (modifiers.length < MAX_MODIFIERS && preceding.length > 0 && isModifier(preceding.at(-1)!)) modifiers.unshift(preceding.pop()!);
  const next = preceding.at(-1);
  // A longer or coordinated name («көлігі және автомобиль жолдары басқармасы») would be cut: none rather than half.
  if (modifiers.length === 0 || (modifiers.length === MAX_MODIFIERS && next !== undefined && isModifier(next)) || next === 'және') return undefined;
  // The sentence's first word keeps no capital of its own («Облыстық мәдениет басқармасы»).
  if (next === undefined || SENTENCE_END.test(next)) modifiers[0] = modifiers[0]!.toLowerCase();
  return modifiers;
}

export function kkFullBodyPost(before: string, norm: string): string | undefined {
  const words = norm.split(' ');
  const first = words[0]!.toLowerCase();
  let body: string | undefined;
  // The bare owner, or its genitive or possessive («Басқарма басшысы», «басқарманың басшысы», «Басқармасы»): no more.
  for (const b of BODIES.keys()) if (first.startsWith(b) && first.length <= b.length + 5) body = b;
  if (body === undefined || words.length < 2) return undefined;
  const name = lastBodyName(before, BODY_WORD, body, (m) => modifiersBefore(before, m.index)?.join(' '));
  if (name === undefined) return undefined;
  // «комитет төрағасының орынбасары»: the body owns a genitive in turn, so it takes the possessive alone («комитеті төрағасының»).
  const genitive = BODIES.get(body)!;
  const owned = words.length > 2 && GENITIVE_END.test(words[1]!) ? genitive.slice(0, -3) : genitive;
  return `${name} ${owned} ${words.slice(1).join(' ')}`;
}
