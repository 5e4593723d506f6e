import { isCapitalized } from '../../segment/tokenize.js';
import { joinWords } from '../../extract/position/words.js';
import { NAME_HONORIFICS } from '../../segment/address.js';
import type { TitleContext, TitleMatch, TitleRules } from '../../extract/position/rules.js';
import { COMPANY_LAST_WORDS } from './person.js';

const HEADS = new Set([
  'akim',
  'president',
  'minister',
  'deputy',
  'chairman',
  'chairwoman',
  'chairperson',
  'chair',
  'member',
  'adviser',
  'advisor',
  'head',
  'governor',
  'mayor',
  'director',
  'secretary',
  'ambassador',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'speaker',
  'prime',
  'premier',
  'senator',
  'prosecutor',
  'rector',
  'commissioner',
  'counsellor',
  'counselor',
  // sports and companies: "head coach", "Chief Executive Officer", "CEO", "team captain", "general manager" (HEAD_NEEDS_BEFORE)
  'coach',
  'captain',
  'manager',
  'officer',
  // "chief executive": a head only after "chief" (HEAD_NEEDS_BEFORE), "executive director" and "the executive branch" are no such post
  'executive',
  'ceo',
  'cfo',
  'judge',
  // a head only after its qualifier (HEAD_NEEDS_BEFORE): "chief physician", "chief engineer", "chief economist", "UN Resident Coordinator", "Permanent Representative"
  'physician',
  'engineer',
  'economist',
  'accountant',
  'coordinator',
  'representative',
  // a defendant's or a company's counsel: "His lawyer, X,", "the defence lawyer, X,"
  'lawyer',
  // "chargé d'affaires": the head of an embassy without an ambassador (AFTER_HEAD)
  'chargé',
  'vice-president',
  'vice-chairman',
  'vice-chairwoman',
  'vice-minister',
  'vice-rector',
  // hyphenated as international bodies write them: "the director-general of the WTO", "UN Secretary-General"
  'director-general',
  'secretary-general',
  // business posts held in a company: "a co-owner of the plant", "founder of the company"
  'owner',
  'co-owner',
  'founder',
  'co-founder',
  'chancellor',
  'envoy',
  'consul',
  // "moved to the presidential administration as an inspector"
  'inspector',
  // monarchs and clergy, titles before their names as Russian «король», «эмир», «папа» are (MONARCHS below)
  'king',
  'queen',
  'prince',
  'princess',
  'emir',
  'sultan',
  'pope',
  // universities: "the Dean of the Faculty of Law", "the interim dean", "a professor of economics at …", "Professor X", "its provost"
  'dean',
  'professor',
  'provost',
  // "Team leader: X", "party leader X": a leader of anything else ("world leaders") holds no post (HEAD_NEEDS_BEFORE)
  'leader',
  // the forces: "Commander of the Air Defence Forces", "the commander of the National Guard"; "Chief of the General Staff",
  // "chief of staff of …" (a chief only with an owner, NEEDS_OWNER: "the chief executive" is the executive's)
  'commander',
  'chief',
  // after their qualifier only (HEAD_NEEDS_BEFORE): "the chief sanitary doctor", "a senior fellow at …", "managing partner of …", "school principal"
  'doctor',
  'fellow',
  'partner',
  'principal',
]);
// Words that qualify one head only: "Under Secretary of State" ("under" before any other is a preposition: "under President X");
// a company officer's field between "chief" and "officer" ("chief risk officer", "chief investment officer"); a body's head
// for one country ("ADB Country Director for Kazakhstan").
const OFFICER_FIELDS: ReadonlySet<string> = new Set([
  ...['risk', 'investment', 'technology', 'compliance', 'marketing', 'legal', 'strategy', 'information', 'digital', 'data'],
  ...['sustainability', 'medical', 'security', 'transformation', 'accounting'],
]);
const COUNTRY: ReadonlySet<string> = new Set(['country']);
const HEAD_MODIFIERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['secretary', new Set(['under'])],
  ['officer', OFFICER_FIELDS],
  ['director', COUNTRY],
  ['manager', COUNTRY],
]);
// Words that qualify the head and belong to the title ("First Deputy Prime Minister", "Acting Akim").
const MODIFIERS = new Set([
  'deputy',
  'first',
  'vice',
  'acting',
  'prime',
  'general',
  'executive',
  'chief',
  'state',
  'press',
  'honorary',
  'senior',
  'financial',
  'operating',
  'head',
  'presidential',
  // "managing director", "Resident Coordinator", "Permanent Representative", "Special Envoy"
  'managing',
  // "the airport's commercial director", "the club's sporting director", "technical director"
  'commercial',
  'sporting',
  'technical',
  'resident',
  'permanent',
  'special',
  // "assistant coach", "alternate captain"
  'assistant',
  'alternate',
  // "a non-executive director", "an independent director", "the interim dean"
  'non-executive',
  'independent',
  'interim',
  // "chief state sanitary doctor", "an associate professor"
  'sanitary',
  'associate',
]);
// Heads that are a post only after one of these words: "the chief executive of Apple", not "the executive committee";
// "the chief physician", not "a physician"; "the Resident Representative", not "a representative of the firm".
const CHIEF: ReadonlySet<string> = new Set(['chief']);
const ENVOY_RANKS: ReadonlySet<string> = new Set(['resident', 'permanent', 'special']);
const HEAD_NEEDS_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['executive', CHIEF],
  ['physician', CHIEF],
  ['engineer', CHIEF],
  ['economist', CHIEF],
  ['accountant', CHIEF],
  ['coordinator', ENVOY_RANKS],
  ['representative', ENVOY_RANKS],
  // "the club's general manager", "Team manager X", "the bank's country manager": a manager of anything else ("a sales manager") holds no post the press names.
  ['manager', new Set(['general', 'team', 'country'])],
  ['leader', new Set(['team', 'project', 'party', 'opposition', 'faction'])],
  // a doctor is a post as a body's chief, a fellow as a think tank's, a partner as a firm's ("its partner X" of a law firm):
  // "a doctor said", "visiting fellows", "trade partners", "his partner" are none
  ['doctor', new Set(['sanitary', 'chief'])],
  ['fellow', new Set(['senior', 'research', 'visiting'])],
  ['partner', new Set(['managing', 'senior', 'founding', 'its'])],
  ['principal', new Set(['school'])],
]);
// Heads that may follow a body's acronym instead of their usual qualifier: "the UNICEF representative in Kazakhstan".
const ACRONYM_QUALIFIED: ReadonlySet<string> = new Set(['representative', 'coordinator']);
// A scientist by the field's word ("hydrologist", "glaciologist") is a title only right before the name it describes, as
// NEREL marks a profession: "hydrologist Yerlan Amanzholov", "glaciologist Dr. X"; "a hydrologist said" names no one. A
// player's position ("defenceman X", "midfielder X") is a role in the game, no post (fixtures/heldout-en-4).
// So are these occupations, whose word alone ("analysts said", "farmers will receive") names a group, not a post:
// "Political analyst X", "Economist X of …" ("chief economist" is a head, HEAD_NEEDS_BEFORE), "Farmer X".
const SCIENTIST_ENDING = 'ologist';
const OCCUPATIONS: ReadonlySet<string> = new Set([
  'analyst',
  'economist',
  'farmer',
  'businessman',
  'businesswoman',
  'entrepreneur',
  'journalist',
  'researcher',
  // "Political scientist X", "X, a former teacher,"
  'scientist',
  'teacher',
  // "Lawmaker X, who chairs …": a member of parliament as the wire names one
  'lawmaker',
  'legislator',
]);
const isNamedOccupation = (lower: string): boolean => OCCUPATIONS.has(lower) || (lower.length > SCIENTIST_ENDING.length + 1 && lower.endsWith(SCIENTIST_ENDING));

/** A body's acronym ("SRDB", "UNICEF", "EBRD"): two capital letters or more, and no other letter. */
const isAcronym = (tok: TitleContext['tokens'][number] | undefined): boolean =>
  tok !== undefined && tok.kind === 'word' && tok.text.length >= 2 && tok.text !== tok.lower && tok.text === tok.text.toUpperCase();
// A word after the head that belongs to the title: "Secretary General", "Prosecutor General", "Director General".
const AFTER_HEAD: ReadonlyMap<string, string> = new Map([
  ['secretary', 'general'],
  ['prosecutor', 'general'],
  ['director', 'general'],
  ['attorney', 'general'],
  ['chargé', "d'affaires"],
]);
// "Foreign Minister", "Energy Minister": the portfolio before a minister or a secretary.
const PORTFOLIOS = new Set([
  'foreign',
  'finance',
  'energy',
  'interior',
  'defence',
  'defense',
  'health',
  'healthcare',
  'education',
  'justice',
  'agriculture',
  'economy',
  'trade',
  'culture',
  'transport',
  'labour',
  'labor',
  'ecology',
  'emergency',
  'information',
  'digital',
  'industry',
  'tourism',
  'sports',
  'sport',
  // the words of longer portfolios: "foreign affairs", "digital development", "water resources", "social protection", "emergency situations", "science and higher education"
  'affairs',
  'internal',
  'national',
  'development',
  'water',
  'resources',
  'natural',
  'environment',
  'social',
  'protection',
  'population',
  'situations',
  'science',
  'higher',
  'innovation',
  'innovations',
  'aerospace',
  'integration',
  'infrastructure',
  'communications',
  'media',
  'public',
  'commerce',
  'treasury',
]);
const PORTFOLIO_HEADS = new Set(['minister', 'secretary']);
// Verbs that give a post with its institution as object: "headed the regional construction department", "now heads the board
// of Alatau Zharyk", "ran the hydropower plant", "coached the youth team": the norm is the post's noun ("head of the …").
// Only before "the" and an institution noun: "led the talks", "runs the risk", "led by" are none. Not "chaired": one
// chairs a commission's sitting ("chaired the commission") more often than holds its chair.
const VERB_HEADS: ReadonlyMap<string, string> = new Map([
  ['headed', 'head'],
  ['heads', 'head'],
  ['led', 'head'],
  ['leads', 'head'],
  ['ran', 'head'],
  ['runs', 'head'],
  ['run', 'head'],
  ['coached', 'coach'],
  ['coaches', 'coach'],
  ['chairs', 'chair'],
]);
// Verb forms that give a post only after these: "who chairs the local council of veterans" (a standing post), not "Tokayev chairs
// the Security Council meeting"; "moved to Astana to head the Maritime Committee", not the noun "head".
const VERB_HEADS_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['chairs', new Set(['who'])],
  ['head', new Set(['to'])],
]);
// A body set off before its head's verb in the passive: "The Committee for Sports, headed by X,", "the board's investment committee,
// chaired by X" (here "chaired" is the chair's: the passive names who holds it). The norm is the post of the body.
const BY_VERB_HEADS: ReadonlyMap<string, string> = new Map([
  ['headed', 'head'],
  ['led', 'head'],
  ['chaired', 'chair'],
]);
// Words that open a body's phrase before it and stay out of it: "The Committee …", "its board", "the fund's committee".
const BODY_OPENERS_RE = /^(?:the|a|an|its|his|her|their|this|that|.+['’]s)$/;
// "headed the department", "now heads a regional development fund": the object's article, definite or not.
const VERB_POST_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
// A verb's form that gives a post only after a perfect's auxiliary: "who had run the hospital", not "to run the plant".
const PERFECT_ONLY: ReadonlySet<string> = new Set(['run']);
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['had', 'has', 'have']);
// Plural heads name a group ("Former akims: …"): the norm is the singular.
const PLURAL_HEADS = new Map([
  ['akims', 'akim'],
  ['ministers', 'minister'],
  ['governors', 'governor'],
  ['ambassadors', 'ambassador'],
  ['mayors', 'mayor'],
  ['senators', 'senator'],
  ['advisers', 'adviser'],
  ['deputies', 'deputy'],
  ['captains', 'captain'],
  ['presidents', 'president'],
  ['vice-presidents', 'vice-president'],
]);
// Written with a capital, these heads are a title only before a name or an owner ("King Charles", "Emir of Qatar"):
// otherwise they end a name ("Burger King opened", "Stephen King said").
const MONARCHS = new Set(['king', 'queen', 'prince', 'princess', 'emir', 'sultan', 'pope']);
// Heads that are a post only with an owner after them: "member of the Senate", not "a member"; "the owner of the plant", not "owners".
const NEEDS_OWNER = new Set(['member', 'owner', 'co-owner', 'founder', 'co-founder', 'chief']);
const POSSESSIVE_OWNER_RE = /^(?:its|their|.+['’]s)$/;
// A member of a party or of its faction in parliament holds no post by that: "a member of the Amanat faction", "member of the Green Party".
const MEMBERSHIPS: ReadonlySet<string> = new Set(['party', 'faction']);
// The body a head belongs to, written before it: "Senate Speaker", "National Bank Governor", "Mazhilis deputy".
const BODY_BEFORE: ReadonlyMap<string, readonly (readonly string[])[]> = new Map([
  ['speaker', [['senate'], ['mazhilis'], ['majilis']]],
  [
    'governor',
    [
      ['national', 'bank'],
      ['central', 'bank'],
    ],
  ],
  ['deputy', [['mazhilis'], ['majilis'], ['senate'], ['parliament']]],
  ['manager', [['team']]],
  ['captain', [['team']]],
  ['leader', [['team'], ['project'], ['party'], ['opposition'], ['faction']]],
  ['principal', [['school']]],
  // "Regional maslikhat chairman X", "the city maslikhat chairman"
  ['chairman', [['regional', 'maslikhat'], ['city', 'maslikhat'], ['district', 'maslikhat'], ['maslikhat']]],
]);
// An akim's territory before the title: "the regional akim", "the city's deputy akim", "Almaty akim",
// "Karaganda region akim": a territory noun, or a place's name, or both.
const TERRITORY_BEFORE = new Set(['akim']);
const TERRITORY_NOUN_RE = /^(?:region|regional|oblast|city|municipal|district|town|village)(?:['’]s)?$/;
const MAX_PLACE_WORDS = 2;
// Capitalised words before an akim that are no place: "Former akim", "New akim", "Then akim" opening a sentence.
const NOT_PLACE = new Set([
  'former',
  'outgoing',
  'new',
  'the',
  'a',
  'an',
  'this',
  'that',
  'his',
  'her',
  'their',
  'its',
  'our',
  'then',
  'when',
  'as',
  'if',
  'now',
  'also',
  'earlier',
  'later',
  'meanwhile',
  'yesterday',
  'today',
]);
// "Ex-minister", "the then-akim", "then-Foreign Minister": the prefix says when, like "former", and stays out of the title's norm.
const WHEN_PREFIXES = ['ex-', 'then-'];
const whenPrefix = (lower: string): string => WHEN_PREFIXES.find((p) => lower.startsWith(p)) ?? '';
// A head before these nouns is part of a compound noun, not a title: "head office", "head coach".
// So is "premier" before "League" ("the Premier League"), a division of a sport.
const NOT_TITLE_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['head', new Set(['office', 'offices', 'quarters', 'teacher', 'coach', 'start', 'count'])],
  ['premier', new Set(['league', 'division'])],
]);
const OF_CHAIN = new Set(['of', 'the', 'to', 'for', 'and']);
const LINKS = new Set(['of', 'to', 'for']);
// Posts that own another after "to"/"of": "adviser to the president", "assistant to the prime minister", "adviser to the rector".
const OWNER_HEADS = new Set(['president', 'akim', 'minister', 'prime', 'premier', 'governor', 'chairman', 'speaker', 'rector']);
// "board of directors", "board of trustees": the board's own name, not its owner.
const CHAIN_NOUNS: ReadonlySet<string> = new Set([
  'directors',
  'trustees',
  'region',
  'district',
  'city',
  'oblast',
  'republic',
  'department',
  'ministry',
  'council',
  'committee',
  'board',
  'akimat',
  'maslikhat',
  'administration',
  'agency',
  'directorate',
  'division',
  'office',
  'service',
  'chamber',
  'federation',
  'mission',
  'faculty',
  // the forces' bodies: "chief of staff of the …", "commander of the border guard"
  'staff',
  'forces',
  'command',
  'guard',
]);
// The kind of body after its name, which ends the owner but keeps its case in the norm: "of the Astana Hub technopark", "of the National Bank".
const BODY_KIND_NOUNS: ReadonlySet<string> = new Set([
  'fund',
  'company',
  'corporation',
  'holding',
  'bank',
  'university',
  'institute',
  'centre',
  'center',
  'hospital',
  'clinic',
  'technopark',
  'park',
  'airport',
  'port',
  'exchange',
  'commission',
  'inspectorate',
  'authority',
  'association',
  'union',
  'court',
  'academy',
  'college',
  'school',
  'plant',
  'factory',
  'firm',
  'farm',
  'mine',
  'group',
]);
const MAX_CHAIN = 9;
// Lower-case words an owner may run over before its noun: "the regional agriculture department".
const MAX_OWNER_MODIFIERS = 5;
const SURNAME_SHAPE_RE = /^[a-z-]{2,}(?:ov|ev|yev|ova|eva|yeva|uly|kyzy|bayev|bayeva)(?:['’]s)?$/;

/** How many words before `at` name the body that `head` belongs to ("Senate Speaker"), or 0. */
function bodyBefore(t: TitleContext['tokens'], at: number, head: string, taken: (i: number) => boolean): number {
  if (at < t.length && t[at]!.sentenceStart) return 0;
  for (const words of BODY_BEFORE.get(head) ?? []) {
    const from = at - words.length;
    if (from < 0) continue;
    let ok = true;
    for (let j = 0; j < words.length && ok; j++) ok = t[from + j]!.lower === words[j] && !taken(from + j) && (j === 0 || !t[from + j]!.sentenceStart);
    if (ok) return words.length;
  }
  if (TERRITORY_BEFORE.has(head)) return territoryBefore(t, at, taken);
  const owner = possessiveOwnerBefore(t, at, taken) || namedBodyOwnerBefore(t, at, head, taken);
  if (owner > 0) return owner;
  // "SRDB Vice President for Infrastructure", "the UNICEF representative": a body's acronym before the title owns it; not in
  // a headline in capitals ("KAZAKHSTAN NAMES NEW MINISTER"), where the word before it is in capitals too.
  const prev = t[at - 1];
  if (prev !== undefined && !taken(at - 1) && isAcronym(prev) && !HEADS.has(prev.lower) && !MODIFIERS.has(prev.lower) && !isAcronym(t[at - 2])) return 1;
  // "Chinese President Xi Jinping", "the French ambassador in Astana": a foreign country's post keeps its nationality, as an
  // analyst writes it (a Kazakh one is the text's own: "Kazakh Prime Minister" is the prime minister).
  return prev !== undefined && !taken(at - 1) && prev.text !== prev.lower && FOREIGN_NATIONALITIES.has(prev.lower) ? 1 : 0;
}
// Nationalities of other countries (a capital required: "polish" is also a verb).
const FOREIGN_NATIONALITIES: ReadonlySet<string> = new Set([
  ...['russian', 'chinese', 'american', 'british', 'german', 'french', 'turkish', 'uzbek', 'kyrgyz', 'tajik', 'turkmen'],
  ...['azerbaijani', 'georgian', 'iranian', 'indian', 'japanese', 'korean', 'italian', 'spanish', 'polish', 'ukrainian'],
]);

const POSSESSIVE_RE = /['’]s$/;
const MAX_OWNER_NAME_WORDS = 3;
const MAX_BODY_NAME_WORDS = 4;

// Heads of a company or body whose name may stand right before them: "Tengizchevroil general director", "Halyk Bank chairman".
const NAMED_BODY_HEADS: ReadonlySet<string> = new Set([
  ...['executive', 'director', 'chairman', 'chairwoman', 'chairperson', 'ceo', 'founder', 'co-founder'],
  ...['manager', 'partner', 'spokesman', 'spokeswoman', 'spokesperson', 'officer'],
]);
// A capitalised word that opens a sentence without naming anything ("On", "After"), or says where someone is from ("Kazakh").
const NOT_BODY_NAMES: ReadonlySet<string> = new Set([
  ...['on', 'in', 'at', 'by', 'for', 'after', 'before', 'with', 'from', 'under', 'since', 'during', 'but', 'and', 'so', 'while', 'as'],
  ...['kazakh', 'kazakhstani', 'european'],
  ...FOREIGN_NATIONALITIES,
]);
// A country opening a sentence is no company the text is about ("Kazakhstan's exports rose").
const COUNTRIES: ReadonlySet<string> = new Set(['kazakhstan', 'russia', 'china', 'uzbekistan', 'kyrgyzstan', 'tajikistan', 'turkmenistan', 'azerbaijan', 'georgia', 'turkey']);

/**
 * "KazMunayGas chief executive Askhat Khassenov", "Halyk Bank chairman": a body's name, up to three capitalised words, right
 * before a company head owns it as an acronym does; how many words, or 0. Names of persons and dates are mentions
 * already (taken), so "On Monday chief executive" and "Tokayev adviser" give none.
 */
function namedBodyOwnerBefore(t: TitleContext['tokens'], at: number, head: string, taken: (i: number) => boolean): number {
  if (!NAMED_BODY_HEADS.has(head) || at >= t.length || t[at]!.sentenceStart) return 0;
  let from = at;
  while (at - from < MAX_OWNER_NAME_WORDS && from > 0 && !taken(from - 1)) {
    const tok = t[from - 1]!;
    if (!isBodyNameWord(tok) || PORTFOLIOS.has(tok.lower)) break;
    from -= 1;
    if (tok.sentenceStart) break;
  }
  // One word opening the sentence is capitalised whatever it is ("Port director X", "Marketing director X"): a name only with a
  // capital inside it, or when it is no word of a trade or an office's field ("Kazakhmys chairman X", "Tengizchevroil general
  // director X").
  return at - from === 1 && t[from]!.sentenceStart && !hasInnerCapital(t[from]!.text) && !isOpeningCompanyWord(t[from]!.lower) ? 0 : at - from;
}
// Capitalised words opening a sentence before a company head that name a field or a place of work, not a company.
const FIELD_WORDS: ReadonlySet<string> = new Set([
  ...['project', 'programme', 'program', 'museum', 'festival', 'research', 'marketing', 'sales', 'art', 'creative', 'film'],
  ...['theatre', 'theater', 'music', 'campaign', 'production', 'editorial', 'news', 'finance', 'financial', 'operations', 'site'],
  ...['branch', 'store', 'shop', 'hotel', 'restaurant', 'studio', 'lab', 'laboratory', 'station', 'zoo', 'library', 'gallery'],
  ...['design', 'engineering', 'development', 'regional', 'local', 'former', 'acting', 'interim', 'outgoing', 'new', 'then'],
]);
// Endings of English nouns of a field ("Procurement", "Communications", "Logistics", "Security") that no company name has.
const FIELD_ENDING_RE = /(?:ing|tion|ment|ics|ity|ure|ance|ence|ship|ness)$/;
const isOpeningCompanyWord = (lower: string): boolean => lower.length >= 4 && !FIELD_WORDS.has(lower) && !BODY_KIND_NOUNS.has(lower) && !CHAIN_NOUNS.has(lower) && !FIELD_ENDING_RE.test(lower);
const hasInnerCapital = (text: string): boolean => text.slice(1) !== text.slice(1).toLowerCase();

/**
 * "Kazakhstan's Ambassador to Germany", "Halyk Bank's chairman", "the bank's deputy chairman": a body's possessive before
 * the title owns it; how many words, or 0. A capitalised possessive is a name's (a person's is a person mention, taken
 * before titles), up to four words ("The Social Health Insurance Fund's chairman"), not a title word's; an institution noun in lower case owns the title only when the
 * sentence names that body before it ("The hospital's chief accountant" alone stays "chief accountant").
 */
function possessiveOwnerBefore(t: TitleContext['tokens'], at: number, taken: (i: number) => boolean): number {
  const prev = t[at - 1];
  if (prev === undefined || taken(at - 1) || t[at]!.sentenceStart || prev.kind !== 'word' || !POSSESSIVE_RE.test(prev.lower)) return 0;
  const stem = prev.lower.replace(POSSESSIVE_RE, '');
  if (!isCapitalized(prev)) return (BODY_KIND_NOUNS.has(stem) || CHAIN_NOUNS.has(stem)) && bodyReferredTo(t, at - 1, taken) !== undefined ? 1 : 0;
  if (HEADS.has(stem) || MODIFIERS.has(stem) || NOT_PLACE.has(stem)) return 0;
  let from = at - 1;
  while (
    at - from < MAX_BODY_NAME_WORDS &&
    from > 0 &&
    !t[from]!.sentenceStart &&
    !taken(from - 1) &&
    t[from - 1]!.kind === 'word' &&
    isCapitalized(t[from - 1]!) &&
    !NOT_PLACE.has(t[from - 1]!.lower) &&
    !HEADS.has(t[from - 1]!.lower)
  )
    from--;
  return at - from;
}

// A sentence's first token, not the digits glued after a decimal point ("1.9 trillion" is read as "1", ".", "9"), so counts of
// sentences back hold in a text full of amounts; a word or a quotation mark glued to the end before opens one ('…," he
// said.The minister …', as saved pages often have it).
const opensSentence = (t: TitleContext['tokens'], i: number): boolean => t[i]!.sentenceStart && (i === 0 || t[i]!.spaceBefore || t[i]!.kind !== 'number');

/** Where the sentence holding token `at` opens. */
const sentenceStartAt = (t: TitleContext['tokens'], at: number): number => {
  let s = at;
  while (s > 0 && !opensSentence(t, s)) s--;
  return s;
};

// What "the company" may stand for: a name ending in another kind of body ("the Kyzylzhar mine", "Ministry") is none.
const COMPANY_NOUNS: ReadonlySet<string> = new Set(['company', 'firm', 'group', 'corporation', 'holding']);
const COMPANY_KINDS: ReadonlySet<string> = new Set([...COMPANY_NOUNS, 'bank', 'fund']);
// How many sentences back the company a text goes on about may have been its subject (a results release opens with the
// company, then gives figures for several sentences).
const MAX_SUBJECT_SENTENCES = 8;
const DASHES: ReadonlySet<string> = new Set(['–', '-', '—']);

/**
 * "KMG's shares rose … The company's chief financial officer", "Kazakhtelecom's board … elected X chairman of the
 * management board": the company the text goes on about, the subject opening this sentence (`here`) or one of the few
 * before, after a dateline ("ALMATY –"): two to four capitalised words, or one with a capital inside it, a possessive or an
 * apposition after it ("Samruk-Kazyna, the fund"); no person's (taken), no country's, and no name ending in a kind of body
 * that is no company ("The Kyzylzhar mine"); or undefined.
 */
function subjectCompanyBefore(t: TitleContext['tokens'], at: number, taken: (i: number) => boolean, here: boolean): string | undefined {
  for (let s = at, sentences = 0; s >= 0 && sentences <= MAX_SUBJECT_SENTENCES; s--) {
    if (!opensSentence(t, s) || (sentences++ === 0 && !here)) continue;
    let k = s;
    if (isAcronym(t[k]) && DASHES.has(t[k + 1]?.text ?? '')) k += 2;
    let end = k;
    while (end < t.length && end - k < MAX_BODY_NAME_WORDS && !taken(end) && isBodyNameWord(t[end]!) && (end === k || !t[end]!.sentenceStart)) {
      end++;
      if (POSSESSIVE_RE.test(t[end - 1]!.lower)) break;
    }
    if (end === k) continue;
    const lastWord = t[end - 1]!.lower.replace(POSSESSIVE_RE, '');
    if ((BODY_KIND_NOUNS.has(lastWord) || CHAIN_NOUNS.has(lastWord)) && !COMPANY_KINDS.has(lastWord)) continue;
    const apposed = t[end]?.text === ',' && VERB_POST_ARTICLES.has(t[end + 1]?.lower ?? '');
    // "ASTANA, Nov 24 (Reuters) -": a dateline's place in capitals names no company.
    const dateline = t[k]!.text === t[k]!.text.toUpperCase() && t[end]?.text === ',' && !apposed;
    if (end - k === 1 && ((!hasInnerCapital(t[k]!.text) && !POSSESSIVE_RE.test(t[k]!.lower) && !apposed) || COUNTRIES.has(lastWord) || dateline)) continue;
    return t
      .slice(k, end)
      .map((w) => w.text)
      .join(' ')
      .replace(POSSESSIVE_RE, '');
  }
  return undefined;
}

/** The body a lower-case possessive at `owner` stands for: named before with that noun, or, for "the company's", the company the text is about. */
function bodyReferredTo(t: TitleContext['tokens'], owner: number, taken: (i: number) => boolean): string | undefined {
  if (!COMPANY_NOUNS.has(t[owner]!.lower.replace(POSSESSIVE_RE, ''))) return namedBodyBefore(t, owner);
  // A company named earlier in the same sentence comes first: "X took over as chairman of Aktau Marine Services …, after the
  // company's previous chairman" is that company's, whatever company the sentence before named.
  return companyNamedBefore(t, owner, taken, 0) ?? namedBodyBefore(t, owner) ?? subjectCompanyBefore(t, owner, taken, true) ?? companyNamedBefore(t, owner, taken, MAX_BODY_SENTENCES);
}

// The last word of a company's name: "Altyn Grain Group", "Kairat Logistics", "Halyk Bank".
const COMPANY_NAME_ENDS: ReadonlySet<string> = new Set([
  ...COMPANY_KINDS,
  ...COMPANY_LAST_WORDS,
  ...['steel', 'sugar', 'telecom'],
  ...['airways', 'airlines', 'energy', 'mining', 'capital', 'partners', 'invest', 'jsc', 'llp', 'plc', 'ltd', 'inc'],
]);

/**
 * "… chairman of Altyn Grain Group …, replacing X, who led the company", "the former deputy director general of Kairat Logistics
 * … The company's former director general": the nearest name before in this sentence or up to `maxSentences` before whose last word is a company's ("Group", "Logistics", "Bank"), of two words or more; or undefined.
 */
function companyNamedBefore(t: TitleContext['tokens'], owner: number, taken: (i: number) => boolean, maxSentences: number): string | undefined {
  // Names nearest first, with how often each is named: the company named most often wins ("Altyn Grain Group" twice over a
  // "Halyk Bank" once in a career line), the nearest among equals.
  const counts = new Map<string, number>();
  for (let k = owner - 1, sentences = 0; k > 0; k--) {
    if (opensSentence(t, k + 1) && ++sentences > maxSentences) break;
    const tok = t[k]!;
    if (taken(k) || !isBodyNameWord(tok) || !COMPANY_NAME_ENDS.has(tok.lower.replace(POSSESSIVE_RE, '')) || tok.sentenceStart) continue;
    let from = k;
    while (k - from < MAX_BODY_NAME_WORDS - 1 && from > 0 && !t[from]!.sentenceStart && !taken(from - 1) && isBodyNameWord(t[from - 1]!)) from--;
    if (from === k) continue;
    const name = t
      .slice(from, k + 1)
      .map((w) => w.text)
      .join(' ')
      .replace(POSSESSIVE_RE, '');
    counts.set(name, (counts.get(name) ?? 0) + 1);
    k = from;
  }
  let best: string | undefined;
  for (const [name, n] of counts) if (best === undefined || n > counts.get(best)!) best = name;
  return best;
}

/**
 * "Almaty International Airport has appointed X its managing director", "… was advised by Rothwell & Grant; its partner X":
 * the body "its" before the title at `at` stands for, the nearest name in this sentence or the one before of two or more
 * capitalised words ("&" may join them; "the" kept when the text gives it) or one with a capital inside ("KazMunayGas"); no
 * person's (taken) and no single place ("in Istanbul"); or undefined.
 */
const TOPIC_PRONOUNS: ReadonlySet<string> = new Set(['it', 'its']);
const NEWNESS: ReadonlySet<string> = new Set(['new', 'current', 'incoming']);
const MAX_ITS_SENTENCES = 4;
const QUOTATION_MARKS: ReadonlySet<string> = new Set(['"', '“', '«', "'", '‘']);

function itsBody(ctx: TitleContext, at: number, taken: (i: number) => boolean): string | undefined {
  const t = ctx.tokens;
  // "The company said its interim chief executive …": "its" is the subject's, the company the text is about.
  const s = sentenceStartAt(t, at - 1);
  if (t[s]!.lower === 'the' && COMPANY_NOUNS.has(t[s + 1]?.lower ?? '') && s + 1 < at - 1) return subjectCompanyBefore(t, s, taken, false);
  // "… at the Ministry of Trade and Integration. The ministry had missed … Its new head": "its" is the subject's before.
  let p = s - 1;
  while (p > 0 && !opensSentence(t, p)) p--;
  const subject = t[p + 1];
  if (p >= 0 && t[p]!.lower === 'the' && subject !== undefined && !isCapitalized(subject) && (CHAIN_NOUNS.has(subject.lower) || BODY_KIND_NOUNS.has(subject.lower))) {
    const named = namedBodyBefore(t, p + 1);
    if (named !== undefined) return named;
  }
  for (let k = at - 2, sentences = 0; k >= 0; k--) {
    // "The Kyzylzhar mine … It produced … Its general manager": a sentence that goes on with "It" carries the body further back.
    // A quotation between ('"Demand is strong," the company said.') is no sentence of the body's: the look goes past it.
    if (opensSentence(t, k + 1) && !QUOTATION_MARKS.has(t[k + 1]!.text) && ++sentences >= 2 && !(sentences < MAX_ITS_SENTENCES && TOPIC_PRONOUNS.has(t[k + 1]!.lower))) break;
    if (taken(k) || !isBodyNameWord(t[k]!) || (k + 1 < at - 1 && !t[k + 1]!.sentenceStart && isBodyNameWord(t[k + 1]!) && !taken(k + 1))) continue;
    // "Saryarqa's chief executive officer, X, and its chief financial officer": a possessive names the body "its" repeats.
    const name = bodyNameEndingAt(ctx, k, taken) ?? (POSSESSIVE_RE.test(t[k]!.lower) && !COUNTRIES.has(t[k]!.lower.replace(POSSESSIVE_RE, '')) ? t[k]!.text.replace(POSSESSIVE_RE, '') : undefined);
    if (name !== undefined) return name;
    // "the Kyzylzhar mine", "the Ekibastuz plant": one name word before the kind of body it is.
    const kind = t[k + 1];
    if (kind !== undefined && !isCapitalized(kind) && BODY_KIND_NOUNS.has(kind.lower) && t[k - 1]?.lower === 'the' && !t[k]!.sentenceStart) return `the ${t[k]!.text} ${kind.lower}`;
  }
  return undefined;
}

/**
 * The body's name whose last word is at k, a capitalised body word: up to four such words ("&" may join two; "the" kept
 * when the text gives it), or one with a capital inside ("KazMunayGas"); no person's (taken); or undefined.
 */
function bodyNameEndingAt(ctx: TitleContext, k: number, taken: (i: number) => boolean): string | undefined {
  const t = ctx.tokens;
  let from = k;
  while (k - from < MAX_BODY_NAME_WORDS && from > 0 && !t[from]!.sentenceStart && !taken(from - 1)) {
    if (isBodyNameWord(t[from - 1]!)) from--;
    else if (t[from - 1]!.text === '&' && from > 1 && isBodyNameWord(t[from - 2]!) && !taken(from - 2)) from -= 2;
    else break;
  }
  if (from === k && !hasInnerCapital(t[k]!.text)) return undefined;
  const name = joinWords(
    ctx,
    from,
    k,
    t.slice(from, k + 1).map((w) => w.text),
  ).replace(POSSESSIVE_RE, '');
  return t[from - 1]?.lower === 'the' ? `the ${name}` : name;
}

// "advised by Halyk Finance, with a team led by X, managing director": the words between the firm and the team's leader.
const TEAM_LED_BY: readonly (readonly string[])[] = [['with'], ['a', 'the'], ['team'], ['led'], ['by']];

/** The firm whose team the person before the title at `at` leads ("Halyk Finance, with a team led by X, managing director"), or undefined. */
function teamFirmBefore(ctx: TitleContext, at: number, taken: (i: number) => boolean): string | undefined {
  const t = ctx.tokens;
  let k = at - 2;
  if (t[at - 1]?.text !== ',' || k < 0 || !taken(k)) return undefined;
  while (k >= 0 && taken(k)) k--;
  for (let j = TEAM_LED_BY.length - 1; j >= 0; j--, k--) if (k < 0 || !TEAM_LED_BY[j]!.includes(t[k]!.lower) || taken(k)) return undefined;
  if (t[k]?.text === ',') k--;
  return k >= 0 && !taken(k) && isBodyNameWord(t[k]!) ? bodyNameEndingAt(ctx, k, taken) : undefined;
}
/**
 * "The board of directors has appointed X … as chief executive officer", "The company named X chief financial officer": a
 * company post in a sentence whose subject is the company or its board is the company's the text is about; or undefined.
 */
function companySentenceOwner(t: TitleContext['tokens'], at: number, taken: (i: number) => boolean): string | undefined {
  const s = sentenceStartAt(t, at);
  const noun = t[s + 1]?.lower ?? '';
  return t[s]!.lower === 'the' && (COMPANY_NOUNS.has(noun) || noun === 'board') && s + 1 < at ? subjectCompanyBefore(t, s, taken, false) : undefined;
}
// Words of when between a possessive owner and its title: "The company's former chief financial officer", "the commission's
// long-time former chairman".
const WHEN_WORDS: ReadonlySet<string> = new Set(['former', 'previous', 'long-serving', 'long-time', 'longtime', 'outgoing', 'then']);
const MAX_WHEN_WORDS = 2;

/**
 * The owner a possessive names across words of when before the title at `at`: a capitalised one's name ("Shanyrak Bank's
 * former chairman"), a lower-case body noun's body named before ("The company's former director general" after "Kairat
 * Logistics"), else the noun with its lower-case modifiers ("The regional parliament's former chairman"); or undefined.
 */
function possessiveAcrossWhen(t: TitleContext['tokens'], at: number, taken: (i: number) => boolean): string | undefined {
  let k = at - 1;
  while (k >= 0 && at - 1 - k < MAX_WHEN_WORDS && !taken(k) && WHEN_WORDS.has(t[k]!.lower)) k--;
  const tok = t[k];
  if (k === at - 1 || tok === undefined || taken(k) || tok.kind !== 'word' || !POSSESSIVE_RE.test(tok.lower) || t[k + 1]!.sentenceStart) return undefined;
  const stem = tok.lower.replace(POSSESSIVE_RE, '');
  if (isCapitalized(tok)) {
    const words = possessiveOwnerBefore(t, k + 1, taken);
    return words > 0 && !COUNTRIES.has(stem)
      ? t
          .slice(k + 1 - words, k + 1)
          .map((w) => w.text)
          .join(' ')
          .replace(POSSESSIVE_RE, '')
      : undefined;
  }
  if (!BODY_KIND_NOUNS.has(stem) && !CHAIN_NOUNS.has(stem)) return undefined;
  const referred = bodyReferredTo(t, k, taken);
  if (referred !== undefined) return referred;
  let from = k;
  while (from > 0 && k - from < MAX_OWNER_MODIFIERS && !t[from]!.sentenceStart && t[from - 1]!.kind === 'word' && !isCapitalized(t[from - 1]!) && t[from - 1]!.lower !== 'the') from--;
  return t[from - 1]?.lower === 'the'
    ? `the ${t
        .slice(from, k + 1)
        .map((w) => w.lower)
        .join(' ')
        .replace(POSSESSIVE_RE, '')}`
    : undefined;
}

// A board's post names the board, not whose it is: "chairman of the management board", "deputy chairman of the board of directors".
const BOARD_WORDS: ReadonlySet<string> = new Set(['board', 'directors', 'trustees']);
// "chairman of its board" → "chairman of the board of Saryarqa Dairy".
const ITS_BOARD_RE = / its /;
const isBodyNameWord = (tok: TitleContext['tokens'][number]): boolean =>
  tok.kind === 'word' && isCapitalized(tok) && !NOT_PLACE.has(tok.lower) && !NOT_BODY_NAMES.has(tok.lower) && !HEADS.has(tok.lower) && !MODIFIERS.has(tok.lower);

// How many sentences back a lower-case possessive ("the federation's") may find the body it names.
const MAX_BODY_SENTENCES = 6;

/**
 * "Halyk Bank posted …, said the bank's deputy chairman", "… of the Kazakhstan Biathlon Federation … The federation's
 * secretary general": the body a lower-case possessive refers back to, named in this sentence or a few before by up to
 * three capitalised words before that noun (the nearest), with "the" when the text gave it one or the noun is a kind of
 * body in lower case ("the Astana Hub technopark"); or undefined.
 */
function namedBodyBefore(t: TitleContext['tokens'], owner: number): string | undefined {
  const noun = t[owner]!.lower.replace(POSSESSIVE_RE, '');
  for (let k = owner - 1, sentences = 0; k > 0 && sentences <= MAX_BODY_SENTENCES; k--) {
    if (opensSentence(t, k + 1)) sentences++;
    // "the Ministry of Trade and Integration … The ministry's …": the body named by its noun and what it is of.
    const ofName = t[k]!.lower === noun && isCapitalized(t[k]!) ? nameOfAfter(t, k) : undefined;
    if (ofName !== undefined) return `the ${ofName}${t[owner]!.text.slice(noun.length)}`;
    // "Shanyrak Bank's board … The bank's chief risk officer": the body may be named with a possessive too.
    if (t[k]!.lower.replace(POSSESSIVE_RE, '') !== noun || t[k]!.sentenceStart || !isNameWord(t[k - 1]!)) continue;
    let from = k - 1;
    while (k - from < MAX_OWNER_NAME_WORDS && from > 0 && !t[from]!.sentenceStart && isNameWord(t[from - 1]!)) from--;
    const definite = t[from - 1]?.lower === 'the' || (!isCapitalized(t[k]!) && BODY_KIND_NOUNS.has(noun));
    const name = t
      .slice(from, k + 1)
      .map((w) => w.text)
      .join(' ')
      .replace(POSSESSIVE_RE, '');
    return `${definite ? 'the ' : ''}${name}${t[owner]!.text.slice(noun.length)}`;
  }
  return undefined;
}
const MAX_OF_NAME_TOKENS = 8;
const OF_NAME_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'and', ',']);

/**
 * "Ministry of Trade and Integration", "Committee for Water Resources": a capitalised body noun at k and the capitalised
 * words it is of or for, joined by "and" or commas, as one name; or undefined when no capitalised word follows.
 */
function nameOfAfter(t: TitleContext['tokens'], k: number): string | undefined {
  const link = t[k + 1]?.lower;
  if (link !== 'of' && link !== 'for') return undefined;
  let last = -1;
  for (let j = k + 2; j < t.length && j - k <= MAX_OF_NAME_TOKENS && !t[j]!.sentenceStart; j++) {
    const tok = t[j]!;
    if (tok.kind === 'word' && isCapitalized(tok) && !NOT_PLACE.has(tok.lower)) last = j;
    else if (!OF_NAME_LINKS.has(tok.lower) || last !== j - 1) break;
  }
  if (last < 0) return undefined;
  let name = '';
  for (let j = k; j <= last; j++) name += (j > k && t[j]!.text !== ',' ? ' ' : '') + t[j]!.text;
  return name.replace(POSSESSIVE_RE, '');
}
const isNameWord = (tok: TitleContext['tokens'][number]): boolean => tok.kind === 'word' && isCapitalized(tok) && !NOT_PLACE.has(tok.lower) && !HEADS.has(tok.lower);

/**
 * "KTZ's vice president for passenger transport" → "vice president of KTZ for passenger transport": the possessive owner
 * (or a company's name before its head) after the head, as a reader writes the post and as the Russian and Kazakh norms put it (head, then its owner); after the
 * title's own owner when one follows ("Kazakhstan's Minister of Energy" → "minister of Energy of Kazakhstan"). A common noun
 * ("the region's akim") or a body the text gave with "the" keeps the article.
 */
function ownerAfterHead(owner: string, title: string, rest: string, definite: boolean): string {
  const name = owner.replace(POSSESSIVE_RE, '');
  const article = definite || name === name.toLowerCase() || TERRITORY_NOUN_RE.test(name.slice(name.lastIndexOf(' ') + 1));
  return ownerAfter(`${article ? 'the ' : ''}${name}`, title, rest);
}

/** The title, its owner after "of", then the rest of the title; after it when the rest opens with "of". */
function ownerAfter(owner: string, title: string, rest: string): string {
  const of = `of ${owner.replace(POSSESSIVE_RE, '')}`;
  if (rest === '') return `${title} ${of}`;
  return rest.startsWith('of ') ? `${title} ${rest} ${of}` : `${title} ${of} ${rest}`;
}

const QUOTES: ReadonlySet<string> = new Set(['"', '“', '”', '«', '»']);
const MAX_QUOTED_WORDS = 5;
const MAX_LISTED = 6;

/** The closing quote of a quoted capitalised name opening at `k` ('"Kazakhtelecom"'), or -1. */
function quoteCloseAt(t: TitleContext['tokens'], k: number, taken: (i: number) => boolean): number {
  if (t[k + 1] === undefined || !isCapitalized(t[k + 1]!)) return -1;
  for (let j = k + 1; j < t.length && j - k <= MAX_QUOTED_WORDS + 1 && !taken(j) && !t[j]!.sentenceStart; j++) if (QUOTES.has(t[j]!.text)) return j > k + 1 ? j : -1;
  return -1;
}

/** Capitalised words and commas from `k` up to "and" before another capitalised word: the rest of a list of names. */
function capitalisedListAt(t: TitleContext['tokens'], k: number, taken: (i: number) => boolean, isNameStart: (i: number) => boolean): boolean {
  for (let j = k; j < t.length && j - k < MAX_LISTED; j++) {
    const tok = t[j]!;
    if (taken(j) || tok.sentenceStart) return false;
    if (tok.lower === 'and') return j > k && t[j + 1] !== undefined && isCapitalized(t[j + 1]!) && !isNameStart(j + 1);
    if (tok.text !== ',' && !(tok.kind === 'word' && isCapitalized(tok) && !isNameStart(j))) return false;
  }
  return false;
}

/** "regional", "city's", "Almaty", "Karaganda region" right before an akim's title: how many words, or 0. */
function territoryBefore(t: TitleContext['tokens'], at: number, taken: (i: number) => boolean): number {
  let from = at;
  const free = (i: number): boolean => i >= 0 && !taken(i) && t[i]!.kind === 'word' && !t[i + 1]!.sentenceStart;
  if (free(from - 1) && TERRITORY_NOUN_RE.test(t[from - 1]!.lower)) from -= 1;
  // A place's name: capitalised words, no title word ("Deputy") and no "Former"; one opening the sentence ends it.
  for (let n = 0; n < MAX_PLACE_WORDS && free(from - 1); n++) {
    const tok = t[from - 1]!;
    if (!isCapitalized(tok) || NOT_PLACE.has(tok.lower) || HEADS.has(tok.lower) || MODIFIERS.has(tok.lower)) break;
    from -= 1;
    if (tok.sentenceStart) break;
  }
  return at - from;
}

// A team owns a coach or a captain, but makes no one a member of a body: "head coach of the national team", not "a member of the team".
const TEAM_NOUNS: ReadonlySet<string> = new Set(['team', 'club', 'squad']);

/** The number token of "No. 5", "No 5" or "№ 5" starting at k, or -1. */
function numberedAfter(t: TitleContext['tokens'], k: number, taken: (i: number) => boolean): number {
  const sign = t[k];
  if (sign === undefined || taken(k) || !(sign.text === 'No' || sign.text === '№')) return -1;
  const n = t[k + 1]?.text === '.' && sign.text === 'No' ? k + 2 : k + 1;
  return t[n]?.kind === 'number' && !taken(n) ? n : -1;
}

/** The institution nouns a verb's post needs in its object: "the regional construction department", "the Moynak hydropower plant". */
const isInstitution = (lower: string): boolean => CHAIN_NOUNS.has(lower) || BODY_KIND_NOUNS.has(lower) || TEAM_NOUNS.has(lower);

/**
 * The owner noun ("department", or a team unless `noTeams`, or any institution after a verb's post: "the women's boxing
 * commission") after at most a few lower-case modifiers starting at k, or -1.
 */
function ownerNounAfter(t: TitleContext['tokens'], k: number, taken: (i: number) => boolean, noTeams: boolean, institutions = false): number {
  for (let j = k; j < t.length && j - k <= MAX_OWNER_MODIFIERS; j++) {
    const tok = t[j]!;
    // "the regional energy and housing department": "and" may join two modifiers.
    if (j > k && tok.lower === 'and' && !taken(j)) continue;
    if (taken(j) || tok.kind !== 'word' || (j > k && tok.sentenceStart) || isCapitalized(tok) || OF_CHAIN.has(tok.lower)) return -1;
    if (CHAIN_NOUNS.has(tok.lower) || (!noTeams && TEAM_NOUNS.has(tok.lower)) || (institutions && isInstitution(tok.lower))) return j;
  }
  return -1;
}

const MAX_FIELD_WORDS = 2;
// A field opened by an acronym names its market or region first: "of CEEMEA debt capital markets".
const MAX_ACRONYM_FIELD_WORDS = 4;
// Bodies abroad or away from their seat, and envoys, named with their city or country after "in": "the Resident Office in Astana",
// "the Embassy in Berlin", "the UN Resident Coordinator in Kazakhstan", "the chargé d'affaires in Astana", "the French ambassador in Astana".
const LOCATED_BODIES: ReadonlySet<string> = new Set([
  'office',
  'embassy',
  'consulate',
  'mission',
  'branch',
  'representation',
  'bureau',
  'coordinator',
  'representative',
  "d'affaires",
  'ambassador',
  'envoy',
  'consul',
]);

/** One free capitalised word at k inside the sentence, closed by a comma or a full stop (a place, not a name's first word). */
function placeClosedAt(t: TitleContext['tokens'], k: number, taken: (i: number) => boolean): boolean {
  const tok = t[k];
  const after = t[k + 1]?.text;
  return tok !== undefined && !taken(k) && !tok.sentenceStart && tok.kind === 'word' && isCapitalized(tok) && (after === ',' || after === '.');
}
// Heads of a company's field, named after "of" in lower case: "head of business development", "director of communications".
const FIELD_HEADS: ReadonlySet<string> = new Set(['head', 'director']);
// Bodies named by their subject after "on": "committee on agrarian issues", "commission on human rights".
const SUBJECT_BODIES: ReadonlySet<string> = new Set(['committee', 'subcommittee', 'commission', 'council']);

// Bodies named by their field after "of" in lower case: "the department of mobility", "the directorate of roads".
const FIELD_BODIES: ReadonlySet<string> = new Set(['department', 'directorate', 'division', 'office', 'faculty', 'school', 'institute', 'centre', 'center']);

// "vice president for passenger transport in 2019–2021": a year after these closes a field as a comma does.
const BEFORE_YEAR: ReadonlySet<string> = new Set(['in', 'since', 'until', 'from']);
const yearAfter = (t: TitleContext['tokens'], k: number): boolean => BEFORE_YEAR.has(t[k]?.lower ?? '') && t[k + 1]?.kind === 'number';

/**
 * The last of one or two lower-case words from k that a comma or a full stop closes ("for construction,"), or that "of"
 * follows when `ofOwner` ("vice-rector for academic affairs of the university": the owner comes after), or -1.
 */
function fieldAfterFor(t: TitleContext['tokens'], k: number, taken: (i: number) => boolean, ofOwner = false): number {
  for (let j = k; j < k + (isAcronym(t[k]) ? MAX_ACRONYM_FIELD_WORDS : MAX_FIELD_WORDS); j++) {
    const tok = t[j];
    // "head of CEEMEA debt capital markets,": an acronym may open the field, as long as lower-case words follow it.
    const acronymInField = isAcronym(tok) && j === k && t[j + 1]?.kind === 'word' && !isCapitalized(t[j + 1]!);
    if (tok === undefined || taken(j) || tok.kind !== 'word' || tok.sentenceStart || (isCapitalized(tok) && !acronymInField) || OF_CHAIN.has(tok.lower)) return -1;
    const after = t[j + 1]?.text;
    if (after === ',' || after === '.' || yearAfter(t, j + 1) || (ofOwner && (after === 'of' || employerAt(t, j + 1, taken) > 0))) return j;
  }
  return -1;
}

// Posts held at a company, a university or a firm, whose employer may follow after "at"; not a state post ("the minister at
// Akorda" says where he spoke).
const EMPLOYED_HEADS: ReadonlySet<string> = new Set([
  ...['head', 'director', 'president', 'partner', 'professor', 'fellow', 'officer', 'executive', 'manager', 'analyst'],
  ...['economist', 'lecturer', 'researcher', 'engineer', 'ceo', 'cfo', 'coo'],
]);
const MAX_EMPLOYER_WORDS = 4;

/**
 * The last word of an employer's name after "at" at k ("at Air Astana", "at Rothwell & Grant"): up to four capitalised
 * words, "&" between two, no person's name (taken) nor "the", or -1; "at the meeting" is none.
 */
function employerAt(t: TitleContext['tokens'], k: number, taken: (i: number) => boolean): number {
  if (t[k]?.lower !== 'at' || taken(k)) return -1;
  let last = -1;
  for (let j = k + 1; j < t.length && j - k <= MAX_EMPLOYER_WORDS + 1; j++) {
    const tok = t[j]!;
    if (taken(j) || tok.sentenceStart) break;
    if (tok.text === '&' && last === j - 1 && t[j + 1] !== undefined && isCapitalized(t[j + 1]!)) continue;
    if (tok.kind !== 'word' || !isCapitalized(tok) || NOT_PLACE.has(tok.lower) || HEADS.has(tok.lower)) break;
    last = j;
  }
  return last;
}

/** Two free capitalised words inside the sentence from k, as a name starts. */
function capitalisedPairAt(t: TitleContext['tokens'], k: number, taken: (i: number) => boolean): boolean {
  for (let j = k; j < k + 2; j++) if (t[j] === undefined || taken(j) || t[j]!.sentenceStart || !isCapitalized(t[j]!)) return false;
  return true;
}

const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);
// An adjective of a field before an occupation: "political", "economic", "financial".
const FIELD_ADJECTIVE_RE = /^[a-z]{4,}(?:al|ic)$/;
// Trades an analyst covers, written before the occupation: "Telecom analyst X", "oil analyst X", "banking analyst X".
const OCCUPATION_FIELDS: ReadonlySet<string> = new Set([
  ...['telecom', 'telecoms', 'oil', 'gas', 'banking', 'mining', 'market', 'markets', 'equity', 'credit', 'aviation'],
  ...['grain', 'metals', 'commodities', 'investment', 'security', 'defence', 'transport'],
]);
// What may follow an occupation set off after a name: its employer or field ("an analyst at Halyk Finance"), or the apposition's
// end; not a description ("Zhunusova, a cardiologist with 24 years of experience, previously served as …" names her post after).
const APPOSITION_CLOSERS: ReadonlySet<string> = new Set([',', 'at', 'of', 'for']);

/**
 * An occupation right before the name it describes ("hydrologist Yerlan Amanzholov", "glaciologist Dr. X"), or set off after
 * a name with "a"/"an" and at most one lower-case word of its field ("X, an oil analyst at …", "X, a transport economist
 * at …", "X, a cardiologist,"), else none.
 */
function occupationAt(ctx: TitleContext, h: number, isNameStart: (i: number) => boolean): TitleMatch | undefined {
  const t = ctx.tokens;
  let k = h + 1;
  if (t[k] !== undefined && NAME_HONORIFICS.has(t[k]!.lower)) k += t[k + 1]?.text === '.' ? 2 : 1;
  const name = t[k];
  if (name !== undefined && !name.sentenceStart && isCapitalized(name) && isNameStart(k)) {
    // "Political scientist X", "energy analyst X": the field's word is the occupation's ("said analyst X" has none).
    const field = t[h - 1];
    const f =
      field !== undefined && field.kind === 'word' && !t[h]!.sentenceStart && (PORTFOLIOS.has(field.lower) || OCCUPATION_FIELDS.has(field.lower) || FIELD_ADJECTIVE_RE.test(field.lower)) ? h - 1 : h;
    const words = t.slice(f, h + 1).map((w) => w.lower);
    return { first: f, next: h + 1, norm: joinWords(ctx, f, h, words), oblique: false };
  }
  const field = t[h - 1] !== undefined && !INDEFINITE.has(t[h - 1]!.lower) && t[h - 1]!.kind === 'word' && !isCapitalized(t[h - 1]!) ? h - 1 : h;
  const apposed =
    INDEFINITE.has(t[field - 1]?.lower ?? '') && t[field - 2]?.text === ',' && t[field - 3] !== undefined && isCapitalized(t[field - 3]!) && APPOSITION_CLOSERS.has(t[h + 1]?.lower ?? '');
  if (!apposed) return undefined;
  const words = t.slice(field, h + 1).map((w) => w.lower);
  return { first: field, next: h + 1, norm: joinWords(ctx, field, h, words), oblique: false };
}

/**
 * A post given by its verb: "headed the regional construction department" → "head of the regional construction department".
 * The object is "the" and an owner chain with an institution noun in it; the linker reads the verb's tense (link.ts, `former`).
 */
function verbPostAt(ctx: TitleContext, h: number, noun: string, taken: (i: number) => boolean, isNameStart: (i: number) => boolean): TitleMatch | undefined {
  const t = ctx.tokens;
  const article = t[h + 1]?.lower;
  if (article === undefined || !VERB_POST_ARTICLES.has(article) || taken(h + 1) || t[h]!.sentenceStart || isCapitalized(t[h]!)) return undefined;
  if (PERFECT_ONLY.has(t[h]!.lower) && !PERFECT_AUXILIARIES.has(t[h - 1]?.lower ?? '')) return undefined;
  const after = VERB_HEADS_AFTER.get(t[h]!.lower);
  if (after !== undefined && !after.has(t[h - 1]?.lower ?? '')) return undefined;
  // "heads the ministry's Committee for Industrial Development", "to head the transport ministry's Maritime Committee": a
  // lower-case owner before the body's name stays out of the post, as an analyst writes it.
  let from = h + 2;
  for (let k = h + 2; k <= h + 3 && k < t.length - 1; k++) {
    const tok = t[k]!;
    if (tok.kind !== 'word' || isCapitalized(tok) || taken(k)) break;
    if (POSSESSIVE_RE.test(tok.lower) && isCapitalized(t[k + 1]!) && !t[k + 1]!.sentenceStart) {
      from = k + 1;
      break;
    }
  }
  let last = -1;
  let institution = false;
  for (let k = from; k < t.length && k - h <= MAX_CHAIN; k++) {
    const tok = t[k]!;
    if (taken(k) || tok.sentenceStart || tok.kind !== 'word' || isNameStart(k)) break;
    if (OF_CHAIN.has(tok.lower)) {
      // "of" and "the" go on to the owner's owner ("the cardiology department of the regional hospital"), "and" or "to" end it;
      // "for" inside a name goes on ("the Committee for Industrial Development").
      if (tok.lower === 'of' || tok.lower === 'the' || (tok.lower === 'for' && last === k - 1 && isCapitalized(t[k - 1]!) && t[k + 1] !== undefined && isCapitalized(t[k + 1]!))) continue;
      break;
    }
    if (isCapitalized(tok) || isInstitution(tok.lower)) {
      institution ||= isInstitution(tok.lower);
      last = k;
      continue;
    }
    // "the women's boxing commission": lower-case modifiers, then the institution noun.
    const owned = ownerNounAfter(t, k, taken, false, true);
    if (owned < 0) break;
    institution = true;
    last = owned;
    k = owned;
  }
  // "led the team to victory", "led the club to the final": a result, not a post; "led a team of engineers": a group, not a post.
  if (!institution || last < 0 || t[last + 1]?.lower === 'to' || (article !== 'the' && TEAM_NOUNS.has(t[last]!.lower))) return undefined;
  // "Shanyrak Bank … who led the bank": the company or institution the bare noun refers back to, as "the bank's" does; not
  // a territory or an office, of which a text names several ("had led the region" after two regions).
  const named = last === h + 2 && from === h + 2 && article === 'the' && BODY_KIND_NOUNS.has(t[last]!.lower) ? bodyReferredTo(t, last, taken) : undefined;
  if (named !== undefined) return { first: h, next: last + 1, norm: `${noun} of ${named}`, oblique: false };
  const words = [`${noun} of`];
  for (let k = h + 1; k <= last; k++) words.push(k > h + 1 && k < from ? '' : isCapitalized(t[k]!) ? t[k]!.text : t[k]!.lower);
  return { first: h, next: last + 1, norm: joinWords(ctx, h, last, words).replace(/ {2,}/g, ' '), oblique: false };
}

/**
 * A post given by a passive verb after its body: "The Committee for Sports and Physical Culture, headed by X" → "head of the
 * Committee for Sports and Physical Culture", the span from the body's first word to "by"; the body has an institution noun.
 */
function byPostAt(ctx: TitleContext, h: number, noun: string, taken: (i: number) => boolean): TitleMatch | undefined {
  const t = ctx.tokens;
  if (taken(h + 1) || t[h]!.sentenceStart) return undefined;
  const last = t[h - 1]?.text === ',' ? h - 2 : h - 1;
  let first = last + 1;
  let institution = false;
  for (let k = last; k >= 0 && last - k < MAX_CHAIN; k--) {
    const tok = t[k]!;
    if (taken(k) || tok.kind !== 'word') break;
    // "of the", "for", "and" inside the body's name ("Board of Trustees of the university"), not "The" before it.
    const inside = LINKS.has(tok.lower) || tok.lower === 'and' || (tok.lower === 'the' && LINKS.has(t[k - 1]?.lower ?? ''));
    if (!inside && BODY_OPENERS_RE.test(tok.lower)) break;
    // A team is led by its captain or coach, named as such ("The team, led by coach X"): no post of the verb's.
    institution ||= CHAIN_NOUNS.has(tok.lower) || BODY_KIND_NOUNS.has(tok.lower);
    first = k;
    if (tok.sentenceStart) break;
  }
  while (first <= last && OF_CHAIN.has(t[first]!.lower)) first++;
  if (!institution || first > last) return undefined;
  const words = t.slice(first, last + 1).map((w) => w.text);
  return { first, next: h + 2, norm: `${noun} of the ${joinWords(ctx, first, last, words)}`, oblique: false };
}

/** English titles: "Akim of the region", "Deputy Minister of Digital Development", "adviser to the President". */
export const enTitleRules: TitleRules = {
  // "Two akims, X and Y", "three deputies": a group counted by a number is still a title.
  countedHead: (word) => word !== undefined && PLURAL_HEADS.has(word.lower),
  obliqueBefore: () => false,
  isHeadWord: (lower) => HEADS.has(lower) || PLURAL_HEADS.has(lower) || VERB_HEADS.has(lower),
  addHead(head) {
    HEADS.add(head);
  },
  matchAt(ctx: TitleContext, h: number, taken: (i: number) => boolean, isNameStart: (i: number) => boolean): TitleMatch | undefined {
    const t = ctx.tokens;
    const byHead = BY_VERB_HEADS.get(t[h]!.lower);
    if (byHead !== undefined && t[h + 1]?.lower === 'by') return byPostAt(ctx, h, byHead, taken);
    const verbHead = VERB_HEADS.get(t[h]!.lower) ?? (t[h]!.lower === 'head' && VERB_HEADS_AFTER.get('head')!.has(t[h - 1]?.lower ?? '') ? 'head' : undefined);
    if (verbHead !== undefined) return verbPostAt(ctx, h, verbHead, taken, isNameStart);
    if (isNamedOccupation(t[h]!.lower) && !HEADS.has(t[h]!.lower)) return occupationAt(ctx, h, isNameStart);
    const prefix = whenPrefix(t[h]!.lower);
    const ex = prefix !== '';
    const head = t[h]!.lower.slice(prefix.length);
    const singular = PLURAL_HEADS.get(head);
    if ((singular === undefined && !HEADS.has(head)) || (head === 'prime' && t[h + 1]?.lower !== 'minister')) return undefined;
    if (NOT_TITLE_AFTER.get(head)?.has(t[h + 1]?.lower ?? '') === true) return undefined;
    const needs = HEAD_NEEDS_BEFORE.get(head);
    if (needs !== undefined && !needs.has(t[h - 1]?.lower ?? '') && !(ACRONYM_QUALIFIED.has(head) && isAcronym(t[h - 1])))
      return isNamedOccupation(head) ? occupationAt(ctx, h, isNameStart) : undefined;
    if (MONARCHS.has(head) && isCapitalized(t[h]!) && !(t[h + 1] !== undefined && (t[h + 1]!.lower === 'of' || isCapitalized(t[h + 1]!)))) return undefined;
    // "Deputy Minister": the modifier joins the head that follows it
    if (MODIFIERS.has(head) && HEADS.has(t[h + 1]?.lower ?? '')) return undefined;
    let first = h;
    // "Deputy Finance Minister": the portfolio next to the head, the modifiers before it.
    if (!ex && PORTFOLIO_HEADS.has(head) && h > 0 && !taken(h - 1) && !t[h]!.sentenceStart) {
      const before = t[h - 1]!.lower;
      if (PORTFOLIOS.has(before.slice(whenPrefix(before).length))) first = h - 1;
    }
    // "Former" and "ex-" say when, not what: they stay outside the title, as "бывший" does in Russian.
    // "then-Prime Minister": a modifier may carry the prefix of when, and nothing before it joins.
    const modifierAt = (i: number): boolean => {
      const lower = t[i]!.lower.slice(whenPrefix(t[i]!.lower).length);
      return MODIFIERS.has(lower) || HEAD_MODIFIERS.get(head)?.has(lower) === true;
    };
    while (!ex && first > 0 && modifierAt(first - 1) && !taken(first - 1) && !t[first]!.sentenceStart && whenPrefix(t[first]!.lower) === '') first -= 1;
    const bodyWords = bodyBefore(t, first, singular ?? head, taken);
    first -= bodyWords;
    const after = t[h + 1];
    const headEnd = head === 'prime' || (after !== undefined && AFTER_HEAD.get(head) === after.lower && !taken(h + 1) && !after.sentenceStart) ? h + 1 : h;
    let last = headEnd;
    // "of the region", "to the President", "of Kazakhstan": a chain of function words and nouns
    for (let k = last + 1, linked = false, objects = 0, coordinated = false, via = ''; k < t.length && k - h <= MAX_CHAIN; k++) {
      const tok = t[k]!;
      // "head of the OSCE/ODIHR observation mission": a slash glued between two capitalised words joins two names of one body.
      // "head of M&A", "partner at Rothwell & Grant": "&" between capitalised words joins one name.
      if (tok.text === '&' && k === last + 1 && objects > 0 && isCapitalized(t[k - 1]!) && t[k + 1] !== undefined && isCapitalized(t[k + 1]!) && !taken(k + 1)) continue;
      if (tok.text === '/' && k > last && !tok.spaceBefore && t[k + 1] !== undefined && !t[k + 1]!.spaceBefore && isCapitalized(t[k - 1]!) && isCapitalized(t[k + 1]!)) continue;
      // "Minister of Digital Development, Innovation and Aerospace Industry": a comma in a list of capitalised names "and" closes
      if (tok.text === ',' && objects > 0 && last === k - 1 && isCapitalized(t[last]!) && capitalisedListAt(t, k + 1, taken, isNameStart)) continue;
      // 'Chairman of the Board of JSC "Kazakhtelecom"': a quoted name after the owner ends the title
      if (QUOTES.has(tok.text) && objects > 0 && last === k - 1 && !taken(k)) {
        last = Math.max(last, quoteCloseAt(t, k, taken));
        break;
      }
      // An honorific opens the name after the owner: "Emir of Qatar Sheikh Tamim", "Minister of Health Dr. Ali Nurlanov".
      if (taken(k) || tok.sentenceStart || tok.kind !== 'word' || isNameStart(k) || NAME_HONORIFICS.has(tok.lower)) break;
      // "the head of the EBRD Resident Office in Astana,": the city a body's office stands in, closed by punctuation, ends the title.
      if (tok.lower === 'in' && k === last + 1 && LOCATED_BODIES.has(t[last]!.lower) && placeClosedAt(t, k + 1, taken)) {
        last = k + 1;
        break;
      }
      // "the chairman of the Mazhilis committee on agrarian issues,": a committee's subject after "on", closed by punctuation, ends the title.
      if (tok.lower === 'on' && k === last + 1 && SUBJECT_BODIES.has(t[last]!.lower)) {
        last = Math.max(last, fieldAfterFor(t, k + 1, taken));
        break;
      }
      // "Deputy Prime Minister and Minister of National Economy", "the minister and the akim": a title after "and" is a second post.
      if (coordinated && (HEADS.has(tok.lower) || MODIFIERS.has(tok.lower) || PLURAL_HEADS.has(tok.lower))) break;
      // "the vice minister responsible for telecommunications,": the field after "responsible for" as after "for".
      if (tok.lower === 'responsible' && k === last + 1 && t[k + 1]?.lower === 'for' && !taken(k + 1)) continue;
      if (OF_CHAIN.has(tok.lower)) {
        // Only "of", "to" or "for" opens the chain: "first vice-president and the Olympic champion" has no owner.
        linked ||= LINKS.has(tok.lower);
        if (!linked) break;
        coordinated ||= tok.lower === 'and';
        if (tok.lower !== 'the') via = tok.lower;
        continue;
      }
      coordinated = false;
      if (!linked) break; // the chain must start with "of"/"to"
      // "adviser to the president", "aide to the akim": another post, in lower case, owns this one.
      if (!isCapitalized(tok) && OWNER_HEADS.has(tok.lower)) {
        last = k;
        objects += 1;
        continue;
      }
      // "Tursynbekov's deputy for construction, X": a field after "for", closed by punctuation, ends the title; so does a
      // department's after "of" ("the head of the city's department of mobility, X").
      // "head of business development,": a head's field after "of", as after "for".
      const afterFor = objects === 0 && (via === 'for' || (via === 'of' && FIELD_HEADS.has(head)));
      const field = afterFor || (via === 'of' && objects > 0 && FIELD_BODIES.has(t[last]!.lower)) ? fieldAfterFor(t, k, taken, afterFor) : -1;
      if (field >= 0) {
        last = field;
        if (t[field + 1]?.text !== 'of') break;
        objects += 1;
        k = field;
        continue;
      }
      if (!isCapitalized(tok) && !CHAIN_NOUNS.has(tok.lower) && !BODY_KIND_NOUNS.has(tok.lower) && !PORTFOLIOS.has(tok.lower)) {
        // "head of the regional agriculture department", "director of the regional hospital": lower-case modifiers, then the
        // owner noun; a member's only a body's ("a member of the working group" is no post).
        const noun = ownerNounAfter(t, k, taken, NEEDS_OWNER.has(head), !NEEDS_OWNER.has(head));
        if (noun < 0) break;
        last = noun;
        objects += 1;
        k = noun;
        continue;
      }
      // "Minister of Energy Almassadam Satkaliyev": a capitalised word before a surname's shape starts the name.
      if (objects > 0 && t[k + 1] !== undefined && !t[k + 1]!.sentenceStart && isCapitalized(t[k + 1]!) && SURNAME_SHAPE_RE.test(t[k + 1]!.lower)) break;
      last = k;
      objects += 1;
      // "director of School No. 5", "head of Hospital No. 2": the number is part of the institution's name, and ends it.
      const numbered = numberedAfter(t, k + 1, taken);
      if (numbered >= 0) {
        last = numbered;
        break;
      }
      // One word owns a post after "to" ("Ambassador to Kazakhstan") and in "Secretary of State": two capitalised words after it are a name, not more of the owner.
      if ((via === 'to' || (head === 'secretary' && tok.lower === 'state')) && capitalisedPairAt(t, k + 1, taken)) break;
    }
    // "vice president for cargo at Air Astana", "associate professor at Narxoz University": a company's post keeps its employer.
    if (EMPLOYED_HEADS.has(singular ?? head)) last = Math.max(last, employerAt(t, last + 1, taken));
    // "its founder, X", "the agency's chief": a possessive before the head is its owner.
    if (NEEDS_OWNER.has(head) && last === h && !POSSESSIVE_OWNER_RE.test(t[first - 1]?.lower ?? '')) return undefined;
    if (head === 'member' && (MEMBERSHIPS.has(t[last]!.lower) || MEMBERSHIPS.has(t[last + 1]?.lower ?? ''))) return undefined;
    // The title's own words in lower case, the names in it as written: "first deputy prime minister", "akim of Almaty region", "Senate speaker", "regional akim".
    const words: string[] = [];
    for (let k = first; k <= last; k++)
      words.push(
        k === h
          ? (singular ?? head)
          : TERRITORY_NOUN_RE.test(t[k]!.lower) || (k >= first + bodyWords && (k <= headEnd || CHAIN_NOUNS.has(t[k]!.lower) || OF_CHAIN.has(t[k]!.lower) || !isCapitalized(t[k]!)))
            ? t[k]!.lower.slice(k === first ? whenPrefix(t[k]!.lower).length : 0)
            : t[k]!.text,
      );
    // "the bank's deputy chairman" after "Halyk Bank": the body named before, as a reader writes the post
    const named = bodyWords === 1 && !isCapitalized(t[first]!) && POSSESSIVE_RE.test(t[first]!.lower) ? bodyReferredTo(t, first, taken) : undefined;
    const span = (from: number, to: number): string => joinWords(ctx, from, to, words.slice(from - first));
    // "Tengizchevroil general director" reads as "general director of Tengizchevroil", as a possessive owner does.
    const ownerFirst = bodyWords > 0 && (POSSESSIVE_RE.test(words[bodyWords - 1]!) || namedBodyOwnerBefore(t, first + bodyWords, singular ?? head, taken) === bodyWords);
    const rest = last > headEnd ? span(headEnd + 1, last) : '';
    // "its managing director" after "Almaty International Airport has appointed X": the body "its" stands for.
    // "its managing director", "Its new head": the word of "its", perhaps one of newness between.
    const itsAt = t[first - 1]?.lower === 'its' ? first - 1 : NEWNESS.has(t[first - 1]?.lower ?? '') && t[first - 2]?.lower === 'its' ? first - 2 : -1;
    const its = bodyWords === 0 && !rest.startsWith('of ') ? (itsAt >= 0 && !taken(itsAt) ? itsBody(ctx, itsAt + 1, taken) : possessiveAcrossWhen(t, first, taken)) : undefined;
    // "Kazakhtelecom's board … elected X chairman of the management board": the board is the company's the text is about;
    // "Halyk Finance, with a team led by X, managing director": the post is at the team's firm.
    const outer =
      its === undefined && bodyWords === 0
        ? BOARD_WORDS.has(t[last]!.lower) && last > headEnd
          ? subjectCompanyBefore(t, first, taken, true)
          : rest === ''
            ? (teamFirmBefore(ctx, first, taken) ?? (NAMED_BODY_HEADS.has(singular ?? head) ? companySentenceOwner(t, first, taken) : undefined))
            : undefined
        : undefined;
    const norm =
      its !== undefined
        ? ownerAfter(its, span(first, headEnd), rest)
        : outer !== undefined
          ? `${joinWords(ctx, first, last, words).replace(ITS_BOARD_RE, ' the ')} of ${outer}`
          : ownerFirst
            ? named !== undefined
              ? ownerAfter(named, span(first + bodyWords, headEnd), rest)
              : ownerAfterHead(span(first, first + bodyWords - 1), span(first + bodyWords, headEnd), rest, t[first - 1]?.lower === 'the')
            : joinWords(ctx, first, last, words);
    return singular === undefined ? { first, next: last + 1, norm, oblique: false } : { first, next: last + 1, norm, oblique: false, plural: true };
  },
};
