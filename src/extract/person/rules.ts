import type { Token } from '../../segment/tokenize.js';
import type { Word } from '../../segment/word.js';
import type { Gender } from './names.js';

/** 'family': an East Asian family name, written first ("Ким Чен Ын"); 'particle' words keep their form ("ван", "аль-Аттия", "XVI"). */
export type NameRole = 'first' | 'patronymic' | 'particle' | 'surname' | 'initial' | 'family';
/**
 * What the words around a name say of it: its case (an oblique title or preposition before it, a
 * verb that agrees with it after it), its gender (that verb, an agreeing adjective: «45-летнего»),
 * and which word forms the rest of the document writes capitalised («Слободин» beside «Слободина»).
 */
export interface NameHint {
  readonly oblique?: boolean;
  /** The name owns the noun before it («визит Никола Пашиняна»): of the oblique cases, only the genitive. */
  readonly genitive?: boolean;
  /** The cases of a title the name stands beside («президента Бингу»), as the pack's bit set (absent: any). */
  readonly titleCases?: number;
  /** No preposition before the name can govern the prepositional case («вручили Валентине»; absent: unknown). */
  readonly notPrepositional?: boolean;
  readonly gender?: Gender;
  /** A past verb of this gender right before the name, which it cannot be the subject of: no nominative of the other gender. */
  readonly verbBefore?: Gender;
  /** A plural kinship noun right before the name («супругам», «сёстрам»): a lone surname is the family's plural. */
  readonly family?: boolean;
  readonly seen?: (lower: string) => boolean;
}

/** One language's name rules (the pack's `person` field), read by the shared person rules (index.ts). */
export interface NameRules {
  /** Whether the word is a first name in one of its case forms (answered once per word form: see segment/word.ts). */
  firstName(word: Word | undefined): boolean;
  /** Nominative form of the name words, given their roles. */
  normalize(words: readonly string[], roles: readonly NameRole[], hint: NameHint): string[];
  /** A word after a capitalised word that makes it a place or body named after someone ("Абай даңғылы", "Мыңбаев ауылы"): asked once per word form. */
  placeAfter(word: Word | undefined): boolean;
  /** Whether a name word carries a case ending ("Абайдың"): answered once per word form. */
  inflected(word: Word | undefined): boolean;
  /** A word before one capitalised word that makes it the name of a region ("области Абай"; a full name after it is a person). */
  regionBefore(word: Word | undefined): boolean;
  /**
   * Whether the full name at token `first`, after `regionBefore`'s word, names the region («района Магжана Жумабаева»):
   * in the genitive, with no title over both whose holder it may be.
   */
  regionNamedAfter?(tokens: readonly Token[], first: number): boolean;
  /** A word before a capitalised word that makes it a place ("на улице Лётчиков", "остров Сахалин"). */
  placeBefore(word: Word | undefined): boolean;
  /** Given names come first, so a first name right after one is a surname made of a father's name ("Bakhyt Nurbek"). */
  readonly firstNameAsSurname: boolean;
  /** Initials written with two letters ("Дж." for J); one capital letter is an initial in every pack. */
  readonly digraphInitials?: ReadonlySet<string>;
  /** Capital letters with dots that abbreviate a country or body, not initials ("U.S" for "U.S. Secretary …"): read across every pack, as Russian text writes them too («U.S. Open»). */
  readonly dottedAbbreviations?: ReadonlySet<string>;
  /** Whether a first name taken as a surname can stand in the case of the first name before it (absent: always). */
  firstNamesAgree?(first: string, next: string): boolean;
  /**
   * Whether a word (lowercase) is a patronymic of this language made of a first name the lexicon knows («ахметовны»), so
   * that the capitalised word before it is a first name whatever its shape (absent: never).
   */
  patronymicOfKnownName?(lower: string): boolean;
  /** Whether the word (lowercase) has a surname's shape in this language ("Тоқаевтың", "Smailov"); its length is checked by the caller. */
  surnameShape(t: Token): boolean;
  /** A given name known by its last element even outside the lexicon ("Сәдібек", "Нұржан"). */
  givenNameShape(lower: string): boolean;
  /** A surname-like word that is a name even at a sentence start, by its case ending ("Тоқаевтың"). */
  nameAtSentenceStart(lower: string): boolean;
  /**
   * Whether an unknown word opening a sentence before a surname of a sure shape is a given name
   * (kk «Бахтияр Жолдасбеков тағайындалды», not «Кеше Тоқаев»); absent: never.
   */
  givenAtSentenceStart?(first: string, surname: string): boolean;
  /**
   * Whether an unknown capitalised word and a surname-like word after it can be a first name and a surname (absent:
   * always): in Kazakh only a name's last word declines, so a word with a case ending is no first name before it
   * ("Жарлығымен Аккенженов"), and a surname in the nominative before a case form is a name and the word after it
   * ("Тоқаев Берлинде", in Berlin); in Russian a noun's oblique case is no given name before a man's nominative
   * («Лиги Чемпионов»).
   */
  unknownFirstBefore?(first: string, surname: string): boolean;
  /**
   * Whether a capitalised word before a surname-shaped word makes both the name of a body or event, in cases no given
   * name and surname agree in («Лигу Чемпионов»); absent: never.
   */
  bodyWordBefore?(before: string, surname: string): boolean;
  /** Whether a lone first name opening a sentence may be an ordinary word ("Бақыт", "Вера"): then it is not taken. */
  mayBeCommonWord(lower: string): boolean;
  /** Whether a case form of the word is one of `known` (the never-names): "Алматыдан", "Франции". */
  caseFormOf(lower: string, known: ReadonlySet<string>): boolean;
  /** A surname's nominative that declines as an adjective («Толстой», «Белая»), lowercase: its later forms may be a title's epithet (absent: none). */
  readonly adjectivalSurname?: RegExp;
  /** The surname of `names` (by person key) that a lone word is a form of ("Обамы", "Тоқаевтың", "Smailov's"), after its exact form. */
  laterForm(lower: string, names: ReadonlyMap<string, string>): string | undefined;
  /** Case and gender evidence around the name in tokens [first, next): see NameHint. */
  nameHint(t: readonly Token[], first: number, next: number, obliqueBefore: (i: number) => boolean, seen: ((lower: string) => boolean) | undefined): NameHint;
  /** Whether the name rules read which word forms the document writes capitalised (NameHint.seen). */
  readsCapitalisedForms: boolean;
  /** A lone name found (of four letters or more) is a person wherever else it stands alone ("Мадонна"). */
  loneNamesRecur: boolean;
  /** A person's title before one plain capitalised word names a mononym ("Император Акихито"). */
  mononymsAfterTitles: boolean;
  /**
   * Where mononymsAfterTitles is off, whether this one capitalised word after a person's title is a mononym all the same
   * (kk «Президент Эрдоғанмен», not a noun's possessive: «Президент Жарлығымен»); asked once per word form; absent: never.
   */
  mononymAfterTitle?(word: Word | undefined): boolean;
  /**
   * Where foreignNames is off, whether a bare middle word and a last word with a case ending after a first name make one
   * name of three words, as only a name's last word declines (kk «Реджеп Тайып Ердоғанмен»); absent: never.
   */
  threeWordsByCase?(middle: Word | undefined, last: Word | undefined): boolean;
  /** Names listed after a name are names ("Луиса Суареса, Неймара и Жерара Пике"), and the original Latin spelling after it in parentheses. */
  namesAround: boolean;
  /** Two or three capitalised words inside a sentence are a foreign name ("Лионель Месси"), as is one joined by a particle ("Людвига ван Бетховена"). */
  foreignNames: boolean;
  /** A kinship noun or an age before a capitalised word ("сын Гидеон", "69-летнего Гарсию"). */
  kinBefore: RegExp | undefined;
  /** Plural kinship nouns («супруги», «братьев», «семье») after which a surname of `familySurname`'s shape names a family; absent: none. */
  familyBefore?: ReadonlySet<string>;
  /** A surname's plural or a surname that never declines («Ивановых», «Кличко»): what a family is named by after `familyBefore`. */
  familySurname?: RegExp;
  /** Words after which one capitalised word of any shape is the person something is named after («имени Фрунзе»); absent: none. */
  namesakeBefore?: ReadonlySet<string>;
  /** Whether the word at `i` follows the abbreviation of such a word («им. Репина»), a sentence start or not; absent: none. */
  namesakeAbbreviated?(tokens: readonly Token[], i: number): boolean;
  /** Two capitalised nouns in this case form are a first name and a surname ("с Саймоном Бреннером"). */
  instrumentalNoun: RegExp | undefined;
  /** A capitalised word followed by this lowercase word acts, so it is a person ("Мадонна сообщила"); `before` is the token before it. */
  actsAsPerson(lower: string, nextLower: string, before: Token | undefined): boolean;
  /** Prepositions after which a lone surname-like word is a place ("в Ростове"). */
  placePrepositions: ReadonlySet<string>;
  /** A case form in which a lone surname-like word names a town after its namesake, as `placePrepositions` do in Russian (the Kazakh locative: «Қонаевта»); absent: none. */
  placeCase?(word: Word | undefined): boolean;
  /** A noun after a lone surname-like word that keeps it a person's name after a place preposition ("the Tokayev reforms"); absent: none. */
  personAttributive?(word: Word | undefined): boolean;
  /** A name addressed at token i (a news anchor to a reporter: "Қайырлы күн, Бірлік!"). */
  vocativeAt(t: readonly Token[], i: number): boolean;
  // The word lists below are read across every registered pack (acrossPacks), since the press of
  // one language writes the names of another as they are; a pack without one leaves it out.
  /** A surname's shape in this language's names ("Иванов", "Абайұлы"), lowercase: a surname before a first name, or beside a region word. */
  readonly surnamePattern?: RegExp;
  /** A patronymic after a first name ("Иванович", "Ивановны"), lowercase. */
  readonly patronymicPattern?: RegExp;
  /**
   * A patronymic of this language's own names, read only in its texts: Russian text writes a Kazakh
   * "Төлеуқызы" as a surname and declines it so ("Бибігүл Төлеуқызы").
   */
  readonly ownPatronymicPattern?: RegExp;
  /**
   * A Turkic father's name that this language's text writes as a surname («Нурланкызы»), read as a patronymic inside a
   * full name: before a surname («Айгерим Нурланкызы Абенова») or last after a surname put first («Абеновой Айгерим
   * Нурланкызы»); absent: none.
   */
  readonly surnamedPatronymic?: RegExp;
  /**
   * Whether a capitalised word can be the surname put before a first name and this patronymic by its case: not a body's
   * genitive before a nominative («директор Казцинка Олег Викторович»); absent: always.
   */
  surnameFirstAgrees?(surname: string, patronymic: string): boolean;
  /**
   * Whether a surname after a first name and patronymic must have a surname's shape: a Kazakh
   * patronymic is often the last word of the name ("Ринат Думанұлы Астанаға келді"), and a surname
   * after it is one by its shape ("Нұрсұлтан Әбішұлы Назарбаев").
   */
  readonly shapedSurnameAfterPatronymic?: boolean;
  /** Particles inside a name, as written ("ван", "von"): "Людвиг ван Бетховен". */
  readonly nameParticles?: readonly string[];
  /**
   * Enclitics that, after each of two names, list them (Kazakh «да/де/та/те», "too": «Асқар да Болат та келді»); a name
   * particle spelled like one (Portuguese «да») is none there.
   */
  readonly listingEnclitics?: ReadonlySet<string>;
  /** Stems of the capitalised heads of a body's or a state's name ("республик", "ұйым"): a lone first name before one is part of that name ("Абай Университеті"). */
  readonly bodyHeadPattern?: RegExp;
  /** Plural and case endings a first name does not take before a surname ("Журналистер Назарбаевпен"). */
  readonly commonNounPattern?: RegExp;
  /** Genitive endings of country and body names, which are no name words ("Великобритании Борис Джонсон"). */
  readonly placeGenitivePattern?: RegExp;
  /** Adjective endings: a capitalised adjective ("Северная", "Облыстық") is no name word, and makes the word after it a place or body's name. */
  readonly adjectivePattern?: RegExp;
  /** A lone surname-like word with this shape is an adjective when a word follows it ("Михайловский театр"). */
  readonly adjectiveBeforeNounPattern?: RegExp;
  /** Honorifics between a one-word name and a place noun ("Төле би ауданы"). */
  readonly placeHonorifics?: readonly string[];
  /**
   * The language's words for "and": they list names before a place noun ("Махамбет, Индер және Исатай аудандары"), and a
   * name particle spelled like one (Kazakh «бен») ends a whole name before it («Асқар Тоқаев бен Болат Ахметов»).
   */
  readonly placeListConjunctions?: readonly string[];
  /**
   * An East Asian family name written before a given name of one or two short syllables, of which
   * only the last declines ("Ким Чен Ына", "Мун Чжэ Ином"): asked once per word form. Roles: 'family', then 'first'.
   */
  familyFirst?(word: Word | undefined): boolean;
  /** A noun of a numbered part or event, which a Roman numeral follows as no regnal number ("Эпизод", "Этап"): asked once per word form. */
  numberedNoun?(word: Word | undefined): boolean;
  /** A lowercase-article word ending a name ("аль-Аттия", "аз-Заркауи"): asked once per word form. */
  nameTail?(word: Word | undefined): boolean;
  /**
   * The noun of a patronymic written apart after a father's given name, in any case («Асқар Ұзақбай ұлының», «Айгүл Серік
   * қызына»): asked once per word form; the name takes it in after two words or more.
   */
  patronymicApart?(word: Word | undefined): boolean;
  /**
   * Whether the first of three capitalised words is a place or body in the genitive owning a title
   * rather than part of the name after it ("губернатор Техаса Кен Пэкстон"), by the case of the second.
   */
  ownerGenitive?(first: string, second: string): boolean;
  /**
   * Whether two capitalised words, one of which reads like an adjective's or a place's case form, are a foreign given
   * name and a surname in agreeing cases («Милы Кунис»: a woman's oblique name before a surname that does not decline;
   * «Джейкоба Зумы»: a man's genitive before a surname's genitive); absent: never.
   */
  obliqueForeignName?(first: string, second: string): boolean;
  /** Whether a word with an adjective's ending may be a given name's case form («Ибрагимом», «Яффой»); absent: never. */
  givenCaseForm?(lower: string): boolean;
  /**
   * Whether a capitalised word before a first name and a surname is a foreign first name by its ending, not a place or
   * body in the genitive («Тоомас Хендрик Ильвес», not «Австралии Кевин Радд»); absent: never.
   */
  nominativeForeignFirst?(lower: string): boolean;
  /** Whether a lone surname form is a man's nominative and no oblique case («Петров»); absent: never. */
  nominativeOnly?(lower: string): boolean;
  /** Conjunctions listing names after a name or a kinship noun ("Неймара и Жерара Пике"): read from the document's pack, with namesAround and kinBefore. */
  readonly nameListConjunctions?: ReadonlySet<string>;
}
