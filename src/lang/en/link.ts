import type { LinkCues } from '../../link/cues.js';
import { deferred, withDeferred } from '../deferred.js';
import { RANK_BEFORE_NAME } from '../../segment/address.js';

/** English: who holds a title (see link/holders.ts). */
export const enLinkCues: LinkCues = withDeferred<LinkCues>({
  relatives: deferred(
    () =>
      /(?<!\p{L})(?:daughter|son|wife|husband|spouse|partner|girlfriend|boyfriend|mother|father|brother|sister|widow|grandson|granddaughter|nephew|niece|lawyer|attorney|spokesman|spokeswoman|spokesperson|aide|assistant|representative)s?(?:\s+of)?(?!\p{L})/iu,
  ),
  // "after six years as vice minister", "rising to chief engineer": a career's steps hold the post too (a rise only right before
  // the title: "prices rose to a level the minister feared" is none); so does a move to a body "as" a post ("moved to the
  // Ministry of Science as vice minister", "returns to TAV Airports as head of …"), and one "took over as" ("took over from" names the
  // predecessor); a post held "until now" is held too ("was until
  // now the airport's commercial director": the past is the `pastTenure` cue's).
  tenure: deferred(
    () =>
      /(?<!\p{L})(?:was|is|has been|had been|will be|will become|became|becomes|remains|remained|serve[sd]?\s+as|worked as|works as|(?:joins?|joined|returns?|returned|stays?(?:\s+on)?|stayed(?:\s+on)?)(?:\s+(?:at\s+)?(?:the|his|her|its)(?:\s+[\p{L}-]+){1,2})?\s+as|(?:moved|moves|transferred|returns?|returned)\s+to(?:\s+[\p{L}-]+){1,7}?\s+as|(?:took|takes|take|taking|has\s+taken|had\s+taken)\s+over\s+as|(?:was|has been|had been|is|were)\s+(?:appointed|named|elected|re-elected|confirmed)(?:\s+as)?|relieved\s+of\s+(?:his|her|their)\s+(?:post|duties)\s+as|(?:dismissed|removed)\s+(?:as|from\s+the\s+post\s+of)|from\s+the\s+(?:post|office)\s+of|appointed|named|elected|(?:years?|months?)\s+as|(?:ris(?:ing|en)|rose)\s+to(?=(?:\s+(?:the|a|an))?\s*$))(?:\s+until\s+(?:now|recently))?(?:\s+(?:the|a|an))?(?!\p{L})/iu,
  ),
  // "announces the appointment of X as …": the noun as the verb; a form of address or a rank may stand before the name
  // ("appointed Dame X as", "appointed Major General X Commander of …"), and so may an occupation ("elected businessman X its president").
  appointer: deferred(
    () =>
      new RegExp(
        `(?<!\\p{L})(?:appointed|named|elected|nominated|made|approved|confirmed|appoints?|names?|elects?|appointing|naming|electing|nominating|(?:appointment|election|nomination)\\s+of)\\s+(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame)\\.?\\s+|${RANK_BEFORE_NAME}\\s+|\\p{Ll}+\\s+)?$`,
        'iu',
      ),
  ),
  // A career's steps are past too: "after six years as vice minister", "rising to chief engineer"; so is a post one is moved
  // from ("dismissed X from the post of chairwoman of …").
  pastTenure: deferred(
    () =>
      /(?<!\p{L})(?:served|worked|had been|was(?!\s+(?:appointed|named|elected|re-elected|confirmed|transferred))|after\s+[\p{L}-]+\s+(?:years?|months?)\s+as|rising\s+to|rose\s+to|from\s+the\s+(?:post|office)\s+of)(?!\p{L})/iu,
  ),
  // And a modal or "is to" before a verb's infinitive: "the Head of State is to receive X" is no title of X's; "will be"
  // and "is to be" name the coming holder ("The new akim will be X"). A present participle right after the verb makes the
  // title its object ("X was meeting the akim"), unless it qualifies the post ("is acting head", "was serving as minister").
  verb: deferred(
    () =>
      /(?<!\p{L})(?:said|says|told|met|meets|announced|noted|added|stated|(?:will|shall|(?:is|are|was|were)\s+to)(?!\s+(?:be|become)(?!\p{L}))|would|could|should|must|\p{Ll}{3,}ed|^\s*(?!(?:acting|outgoing|incoming|managing|presiding|serving|working|sitting|reigning|ruling|governing)(?!\p{L}))\p{Ll}{3,}ing)(?!\p{L})/u,
  ),
  otherPerson: deferred(() => /(?<!\p{L})(?:instead\s+of|replacing|succeeding|against|after|with)(?=[^\p{L}])|(?:^|\s)(?:and|or|&)\s+(?:(?:mr|mrs|ms|miss|sir)\.?\s*)?$/iu),
  pronouns: new Map([
    ['he', 'm'],
    ['she', 'f'],
  ]),
  objectPronoun: { pattern: /(?<![A-Za-z])him(?![A-Za-z])/i, gender: 'm' },
  // and a possessive owner: "X, Apple's senior vice president", "Y, the company's vice president"; and a post held "until now";
  // and an age set off before it: "X, 47, a former deputy akim of …".
  appositionFiller: deferred(
    () => /^(?:\s*(?:the|a|an|his|her|their|its|now|then|currently|also|new|newly|former|formerly|previously|until\s+(?:now|recently)|outgoing|retired|previous|[\p{L}-]+['’]s|\d{1,3},))*\s*$/iu,
  ),
  // Not before a "now" that opens the title's own clause: "X, the country's former foreign minister, now deputy chairman of …".
  // A post given by its verb in the past ("headed the department": position.ts) is past too, and one right after "had" or
  // "had been" ("who had run the hospital", "had been chairwoman of the agency since 2024"), one "then" held ("X, then akim of
  // the city, opened …"), one held "until now" ("X, until now vice minister, was appointed …"), and one a decree relieves its holder of ("relieved Minister of Industry X of his duties").
  former: deferred(
    () =>
      /(?<!\p{L})(?:former|ex-|then-|the\s+then\s|retired|outgoing|previous|until\s+(?:now|recently)\s+(?:an?\s+)?$|^(?:headed|led|ran|coached)\s+(?:the|an?)\s|(?<!\p{L})had\s+(?:been\s+)?$|(?<=(?:^|,)\s*)then\s+$|(?<!\p{L})(?:relieved|dismissed|sacked|fired)\s+(?:the\s+)?$)(?![\s\S]*(?<!\p{L})(?:now|currently)\s)/iu,
  ),
  // A post still to be filled is no one's: "until the government appoints a new head", "the board will elect a new chairman",
  // "until a new first deputy is named"; a name set off after it fills it: "named a new chairman, Anna Belova".
  vacantBefore: deferred(
    () => /(?<!\p{L})(?:appoints?|appointed|names?|named|elects?|elected|chooses?|chose|finds?|found|seeks?|sought|selects?|selected|until|till|before|once|pending)\s+a\s+new\s+$/iu,
  ),
  // "1998–2003 – chief engineer of …", "Since March 2022 – first deputy akim of …", "2019–present: …".
  careerLine: deferred(() => /^\s*(?:(Since|since)\s+)?(?:[A-Z][a-z]+\.?\s+)?\d{4}(?:\s*[–—-]\s*(?:(?:[A-Z][a-z]+\.?\s+)?\d{4}|(present|now)))?\s*[–—:-]\s*$/u),
  titleVerb: deferred(() => /^(?:headed|heads|led|leads|ran|runs|run|coached|coaches)\s/u),
  acting: deferred(() => /(?<!\p{L})(?:acting|interim|caretaker)/iu),
  heldNow: deferred(() => /(?<!\p{L})(?:now|currently)(?!\p{L})/iu),
  predecessor: deferred(
    () =>
      new RegExp(
        `(?<!\\p{L})(?:replacing|succeeding|instead\\s+of|(?:took|takes)\\s+over\\s+from|(?:who|he|she)\\s+(?:replaces|replaced|succeeds|succeeded)|(?:his|her)\\s+predecessor\\s*,)\\s+(?:(?:the\\s+)?(?:outgoing|retiring|late|long-serving|\\d+-year-old)\\s+)?(?:${RANK_BEFORE_NAME}\\s+)?$`,
        'iu',
      ),
  ),
  // "His deputy X": the deputy of the one post of the person named last ("deputy akim of Karaganda region").
  pronounDeputy: {
    norms: new Set(['deputy', 'first deputy']),
    pronoun: /(?:^|[\s"“(])(?:[Hh]is|[Hh]er)\s+$/,
    // Only the name's own capitalised words before the 's: "Seitov thanked the builder's deputy" is not Seitov's deputy.
    possessor: /^(?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*?['’]s?\s+$/u,
    post: (owner, deputy) => `${deputy} ${owner}`,
  },
  possessivePronouns: new Map([
    ['his', 'm'],
    ['her', 'f'],
  ]),
  // "Oleg Kim, who took over from Anna Belova": the holder named again, its post named before (or the title after: "who
  // succeeded chief executive Anna Belova"). Letter classes spelt out: read for every title.
  successorBefore: deferred(() => /(?:^|[^A-Za-z])who\s+(?:took\s+over\s+from|replaced|succeeded)\s+$/),
  // "the deputy of Marat Seitov", "an adviser to the late Ivan Petrov": the name is whose deputy or adviser it is.
  ownerBefore: deferred(() => /(?:^|\s)(?:of|to|for)\s+(?:the\s+)?(?:late\s+)?$/iu),
  // "the election of the president", "the powers of the akim", "the seat of mayor": the office, not its holder (as in
  // Russian, not "the post of": there the post is often taken by someone named).
  officeBefore: deferred(() => /(?:^|[^A-Za-z])(?:[Ee]lections?|[Pp]owers|[Tt]erm|[Ss]eat)\s+(?:of|for)\s+(?:(?:the|a|new)\s+)*$/),
  nameInCommas: true,
  listJoin: deferred(() => /^\s*(?:\([^()]{0,80}\)|from\s+\p{Lu}[\p{L}-]*)?\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$/u),
  // "Forwards X and Y will be alternate captains", "X and Y were appointed deputy ministers": a plural title after the list's verb.
  listBefore: deferred(() => /^\s*,?\s*(?:will\s+be|are|were|have\s+been|had\s+been|became|become|remain|remained)(?:\s+(?:appointed|named|elected))?(?:\s+as)?\s+(?:the\s+)?(?:new\s+)?$/u),
  listIntro: deferred(() => /^\s*,?\s*(?:including|among\s+them|such\s+as)\s*:?\s*$/iu),
  listNextSentence: deferred(() => /[.!?…]\s+Among\s+them\s+(?:(?:were|was|are|is)\s+)?:?\s*$/u),
  definiteLead: deferred(() => /^\s*(?:the|this)\s+(?:\d+-year-old\s+)?$/iu),
  isPluralTitle(title) {
    // A plural the title rules read ("businessmen"); else the head, the last word before "of", "for" or "to", in -s ("heads
    // of departments", not "minister of foreign affairs" or "vice president for exports").
    if (title.plural === true) return true;
    const of = title.text.search(/\s+(?:of|for|to)\s/i);
    const head = (of < 0 ? title.text : title.text.slice(0, of)).toLowerCase();
    const last = head.slice(head.lastIndexOf(' ') + 1);
    return /s$/.test(last) && !/(?:ss|us|is)$/.test(last);
  },
  titleCoordinator: deferred(() => /and|,\s*and/u),
  // "the company's chairman, former finance minister X": a second title in apposition holds the same name; "former" and
  // "then" stay outside its mention.
  titleModifier: deferred(() => /former|then/u),
  // and a parenthesis closed after the first title: "X (previously chairman of …) was named first deputy head of …".
  titleListContinues: deferred(() => /and\s|\)/u),
  // Kazakh and Russian names in Latin letters: "Sultanova", "Abaiuly".
  feminineName: deferred(() => /(?:ova|eva|ina|kyzy)$/u),
  masculineName: deferred(() => /(?:ov|ev|in|uly)$/u),
});
