import type { PositionMention } from '../schema/record.js';

/**
 * The words that decide who holds a title, per language. Linking reads only the short stretches of
 * text between a title and the names around it, so these are tested against those gaps.
 */
export interface LinkCues {
  /** Relatives and companions: "дочь министра Айгерим" is the minister's daughter, not the minister. */
  readonly relatives: RegExp;
  /** Verbs of holding or taking a post between a subject and the title ("был назначен", "served as"). */
  readonly tenure: RegExp;
  /** Of those, the ones that say the post is past ("работал", "занимал"), unless an appointment verb follows. */
  readonly pastTenure?: RegExp;
  /** The whole gap between a tenure verb and a post coordinated with a place of work before it («работал в банке, а затем директором»). */
  readonly tenureDetour?: RegExp;
  /** A verb of appointing before its object and the post («назначил Ивана Петрова министром», "appointed Ivan Petrov as"). */
  readonly appointer: RegExp;
  /**
   * The whole gap between an object named before its verb of appointing and the post («Олега Кимова назначили
   * тренером», «Анну Белову, которую в мае избрали председателем»): ru only, where the name's case tells the object.
   */
  readonly appointedBefore?: RegExp;
  /** Words after a title that make it a post taken or held by the subject before it (kk "әкімі болып тағайындалды"). */
  readonly tenureAfter?: RegExp;
  /**
   * A title that ends its sentence with no verb before it after its subject is the predicate of a verbless sentence
   * (kk «Ол сонымен қатар … филиалының төрағасы.»): what follows the title to say so.
   */
  readonly zeroCopula?: RegExp;
  /**
   * Kazakh «X болып [a clause about the appointee] Name тағайындалды»: the words right after a title
   * that make it a post taken, and the appointment verb right after the name that takes it.
   */
  readonly appointedLead?: RegExp;
  readonly appointedVerb?: RegExp;
  /** Words that end a noun phrase as a predicate: a verb between a title and a name means they are not in apposition. */
  readonly verb: RegExp;
  /**
   * Between a title and a name, words that bring in someone else: a preposition of replacing or
   * accompanying («вместо Ивана Муравьева»), a conjunction or a preposition right before the name
   * («Премьер-министр и мисс Саймондс», «эксперты именно на Ли Пэн возлагают…»).
   */
  readonly otherPerson: RegExp;
  /** The end of the gap between a title and a name that heads the government the title serves in («министра … в кабинете Синдзо Абэ»): the name holds no title before it. */
  readonly governmentBefore?: RegExp;
  /** Subject pronouns (he, she) and the gender they require, for a title taken by someone named before. */
  readonly pronouns: ReadonlyMap<string, 'm' | 'f' | undefined>;
  /** Words a sentence may front before its subject pronoun when it tells of a replacement («На этом посту он сменил …»), as a pattern's source; absent: none. */
  readonly beforeSubjectPronoun?: string;
  /**
   * An object pronoun that names one gender only ("him"; "her" is a possessive too), said of someone other than the
   * subject before it: "Suleimenov sent him to Beijing, and he served as ambassador": that subject is not what a later
   * subject pronoun of the gender refers to. Absent: not read.
   */
  readonly objectPronoun?: { readonly pattern: RegExp; readonly gender: 'm' | 'f' };
  /**
   * The words before a title when its sentence is only a past tenure verb with no subject, after at
   * most a time phrase (ru «В разные годы работал …», «До этого занимал пост …»): the title is the
   * person's named last, of the gender the verb's group 1 gives (set for feminine; group 2 is set for
   * a verb in the present, which gives none). A dated biography entry with no verb («В 1996 году — …»,
   * «С 2008 года — …») sets group 3 when its date is a point or a closed span (the post is past),
   * group 4 when the span is open or a subject pronoun stands before the dash («Сейчас он — …»), group 5
   * when a word of the past opens the pronoun's entry («До этого он — …»: the post is past).
   * Kazakh: only the time phrase or a word of sequence («2012–2016 жылдары», «Одан кейін»), its verb
   * after the title (`tenureAfter`), with no gender; its group `closed` is set by a closed span of
   * years, which makes the post past.
   */
  readonly subjectlessTenure?: RegExp;
  /**
   * A title that opens with its own verb of holding (en "headed the regional construction department", "now heads the
   * board of …"): the subject before it holds it with no other verb; the verb's tense says whether it is past (`former`).
   */
  readonly titleVerb?: RegExp;
  /**
   * The whole gap between two posts of a biography list whose one verb follows the last (kk «…
   * ауданының әкімі, 2016–2021 жылдары … қаласының әкімі болып қызмет атқарды»): a comma and a time phrase.
   */
  readonly bioListGap?: RegExp;
  /** The clause after a title ending in a verb of the first person (kk «… директоры қызметін атқардым»): its subject is the speaker, not the person named last. */
  readonly firstPersonAfter?: RegExp;
  /** A subject pronoun of the first person before a title and its tenure verb (ru «я работал»): the same. */
  readonly firstPersonBefore?: RegExp;
  /** The words of saying that bring in the name of a quote's speaker after the quote («…, — сказал», «…, – дейді»), tested on the stretch before the name. */
  readonly speechBefore?: RegExp;
  /**
   * A decree's noun before a title in the genitive (ru «Указом Президента»): the title issued it, and
   * a name in the nominative right after is the decree's object, not the title's holder.
   */
  readonly decreeBefore?: RegExp;
  /**
   * The end of the words before a title that name the post it is («на пост президента», «от должности
   * министра», «на посту главы», a rank held: «имел звание полковника»): the title is the post of the person the clause is about. Group 1 is
   * set when the clause says the post is left («с поста», «от должности»).
   */
  readonly postNoun?: RegExp;
  /** Between such a title and a name after it, a verb of taking or holding the post («займёт», «назначен»): the name is the holder. */
  readonly postTaker?: RegExp;
  /** The end of the words before a plural title that make it one person's («один из самых известных»). */
  readonly oneOf?: RegExp;
  /** Right before a title: a post sought, not held («кандидат в президенты», «баллотироваться в губернаторы»). */
  readonly soughtBefore?: RegExp;
  /**
   * Right before a title: a post still to be filled ("until the government appoints a new head"), no one's unless a name
   * set off right after it fills it ("appointed a new minister, Oleg Kim,").
   */
  readonly vacantBefore?: RegExp;
  /**
   * A line of a career list up to its title: a period and a dash, no name ("2009–2014 – deputy akim of Ekibastuz"). Its
   * post is the one the article is about's; a first group that matched says it is held still ("Since March 2022 – …").
   */
  readonly careerLine?: RegExp;
  /**
   * After a name in an oblique case, a relative pronoun or a participle that opens a clause about
   * it («Игоря Петрова, который является …», «Анны Беловой, являющейся …»): the name is that clause's subject.
   * Group 1 is set for a participle.
   */
  readonly relativeSubject?: RegExp;
  /** Said before such a post: it is sought, not held («кандидат на пост», «баллотироваться на должность»). */
  readonly postSought?: RegExp;
  /** Words in a gap that open another clause («что», «чтобы»): a name before them is not the subject of the post after. */
  readonly clauseOpener?: RegExp;
  /**
   * The words before a title that make it the office, not someone holding it: its election, its powers, its seat
   * (ru «выборы президента», «срок полномочий губернатора», «кресло мэра»). Such a title refers back to no official.
   */
  readonly officeBefore?: RegExp;
  /** The whole gap between a title and a name that makes the name an organisation's namesake (ru «университета имени Е. Букетова»), not the holder. */
  readonly namesakeBefore?: RegExp;
  /** A decree's noun between a title and a name (kk «Президент Жарлығымен Самат Ибраев»): the same. */
  readonly decreeBetween?: RegExp;
  /** Words allowed between "Name," and its title: determiners, possessives and agreeing adjectives. */
  readonly appositionFiller: RegExp;
  /** Said of the post: no longer held, or held for the time being. */
  readonly former: RegExp;
  readonly acting: RegExp;
  /**
   * The words before a title and those between it and a name that say the name will act in the post
   * («Обязанности мэра будет исполнять Олег Ким», «…нового директора его обязанности исполняет Олег Ким»):
   * `dutiesOf` ends the text before the title; `dutiesTaken` is the whole gap, its group 1 set when it
   * names the duties itself, so that `dutiesOf` is not needed.
   */
  readonly dutiesOf?: RegExp;
  readonly dutiesTaken?: RegExp;
  /** Right after a title held by the verb after it, the words that make it acting (kk «… әкімінің міндетін уақытша атқарушы болып бекітілді»). */
  readonly actingAfter?: RegExp;
  /** Between two posts of one person listed in a row, a word that makes the later one held now, whatever the first ("X, former A, now B"); absent: none. */
  readonly heldNow?: RegExp;
  /** Between a title and a name, a participle of having held or left it (kk «Кентау қаласының әкімі болған Бақытжан Ақбасов», «қызметінен босаған»): the name is its former holder. */
  readonly heldBy?: RegExp;
  /** Between a title and a name, a participle of taking it (kk «округінің әкімі болып сайланған Серік Байжанов»): the name holds it now; absent: none. */
  readonly takenBy?: RegExp;
  /** Right after a title's name, the start of the text telling that the name left the post (kk «… Name атқарып отырған лауазымынан босатылды»): the post is a former one. */
  readonly leftAfter?: RegExp;
  /**
   * The title in the case of leaving it, between it and the name (kk «Аудан әкімі лауазымынан Name өз өтініші бойынша
   * босатылды»): `between` is the whole gap, `after` the sentence after the name up to the release; both: a former post.
   */
  readonly leftFrom?: { readonly between: RegExp; readonly after: RegExp };
  /** The end of the text before a title that removes the name after it from the post (ru «освободил от должности»): a former post. */
  readonly leftBefore?: RegExp;
  /** The end of the stretch between a title and a name that makes the name the title's owner, not its holder (English "the deputy of Marat Seitov", "an adviser to Ivan Petrov"); languages with cases tell it by the name's case. */
  readonly ownerBefore?: RegExp;
  /**
   * The end of the stretch after a title and its holder that names the one they replaced (the name
   * follows): «вместо 86-летнего», «сменив на этом посту», ", replacing": that one held the title before.
   */
  readonly predecessor?: RegExp;
  /**
   * Possessive pronouns that open a sentence naming the one replaced ("Her predecessor, X, retired"), with the gender they
   * require of the holder named before, as a subject pronoun does in «Он сменил X».
   */
  readonly possessivePronouns?: ReadonlyMap<string, 'm' | 'f'>;
  /** Right after a name, the start of the text that makes it the one replaced (kk «Дмитрий Кузнецовтың орнына»). */
  readonly predecessorAfter?: RegExp;
  /**
   * The end of the text before a title whose name after it is the one replaced by a name before («Иван Петров сменил на посту
   * министра Сергея Сидорова»), or of the text between a holder named again and the one replaced («… Олег Ким сменил на этом посту Анну Белову»).
   */
  readonly successorBefore?: RegExp;
  /**
   * The end of the text before a title in the instrumental that a participle of being opens («Будучи игроком клуба, Иван
   * Петров …», «Являясь председателем комитета, Анна Белова …»): the name in the nominative right after the clause's comma holds it.
   */
  readonly beingBefore?: RegExp;
  /**
   * A post named again by a demonstrative («занимал этот пост», «На данную должность назначен …»; with the g flag, read once
   * over the text), and the verbs of leaving it («покинул этот пост»): the holder named in its sentence holds the title
   * named last before it, in that sentence or the one before.
   */
  readonly postAgain?: { readonly cue: RegExp; readonly left: RegExp };
  /**
   * A post named first, then a verb of replacing and its subject («На посту директора его сменит Олег Ким», «… Ивана Петрова
   * сменил Олег Ким»): the end of the text before the title (`postBefore`), and the whole gap before the subject (after the
   * title or after the one replaced, a name in an oblique case: `successorAfter`). With no `postBefore` the gap alone tells
   * it (kk «Бас дәрігер X-тың орнына Y тағайындалды»).
   */
  readonly postBefore?: RegExp;
  readonly successorAfter?: RegExp;
  /** A name set off by commas right after its title is the title's holder ("The akim of the region, Kumar Aksakalov, said"). */
  readonly nameInCommas?: boolean;
  /** A coordinated list of names after one plural title (each name may say where the person is from). */
  readonly listJoin: RegExp;
  /** Between a plural title and the list of its holders: «писатели и критики, среди которых —». */
  readonly listIntro?: RegExp;
  /** The end of the stretch from a plural title to the names it holds when they are listed in the next sentence: a sentence break and «Среди них (были)», "Among them were"; absent: none. */
  readonly listNextSentence?: RegExp;
  /** Between the last name of a list and the plural title that closes it, the whole gap («Пикассо, Дали и других художников»). */
  readonly listBefore?: RegExp;
  /** A bare title that opens its sentence and refers back to the person just named: what may stand before it ("The", «61-летняя»). */
  readonly definiteLead: RegExp;
  /**
   * Before a bare title in the genitive, a noun of someone's life it possesses, with its agreeing
   * words: the title refers to the person the article is about («со дня рождения писателя», «после
   * смерти 85-летнего чиновника»). Tested against the end of the text before the title.
   */
  readonly possessedBefore?: RegExp;
  /** A title's first word in the genitive singular, for `possessedBefore`. */
  readonly genitiveTitle?: RegExp;
  /** A title naming a group («журналисты», "ministers", «әкімдері»), held by the people it lists. */
  isPluralTitle(title: PositionMention): boolean;
  /** A title in a form its plural shares («актрисы»: of an actress, or actresses), read as plural before a list of names. */
  mayBePlural?(title: PositionMention): boolean;
  /** A title that names a status, not a post held («миллиардер», «студент»): a mention, linked to no one. */
  unheld?(title: PositionMention): boolean;
  /** The post of a title's owner when the owner is one, nominative: «советником президента России» → «президент России». */
  ownerPost?(title: PositionMention): string | undefined;
  /**
   * A post whose owner is a bare generic body («Басқарма басшысы», «руководитель управления») with that body named in
   * full as the text before it (its sentence and the one before) last names it: «білім басқармасының басшысы»,
   * «руководитель управления образования»; undefined when the text names no such body or names another body of the noun
   * after it. The official's `position` takes it; the mention's `norm` stays the nominative of its own words.
   */
  fullBodyPost?(before: string, norm: string): string | undefined;
  /**
   * A bare deputy's post whose owner a possessive pronoun gives («Оның орынбасары», «Его заместителю»): `norms` the
   * deputy titles' norms, `pronoun` the end of the text before such a title, `post` the deputy's post of the one who
   * holds `owner` («облыс әкімі» → «облыс әкімінің орынбасары», «аким области» → «заместитель акима области»; undefined
   * when its case is not known).
   */
  /**
   * The end of the text before a title whose holder took it in place of the one a pronoun stands for (kk «Оның орнына
   * департамент директоры болып Name тағайындалды»): the person named last before, in the sentence before, held it.
   */
  readonly pronounReplaced?: RegExp;
  /** A title that is a rank (kk «генерал-майор», «полковник»): right after another title, a space between, it and that title are the name's after it («министрі генерал-майор Name»). */
  readonly rank?: RegExp;
  /**
   * "His deputy X" (`pronoun`, the end of the text before the title) and, where the language has one, "Sadykov's first deputy"
   * (`possessor`, the text from the start of a person's name to the title): the deputy of that person's one post.
   * (`remit`: the deputy's field after its title, «по вопросам ЖКХ», which stays after the owner.)
   */
  readonly pronounDeputy?: {
    readonly norms: ReadonlySet<string>;
    readonly pronoun: RegExp;
    readonly possessor?: RegExp;
    readonly remit?: RegExp;
    post(owner: string, deputy: string): string | undefined;
  };
  /** Case grammar, for a language whose names and titles decline (Russian); absent otherwise. */
  readonly cases?: CaseCues;
  // The cues below are read across every registered pack (acrossPacks), since an article quotes
  // names and phrases of another language as they are; a pack without one leaves it out.
  /** A conjunction joining two titles of one holder, the whole gap between them but for spaces («министр и аким», "minister, and akim"). */
  readonly titleCoordinator?: RegExp;
  /** An agreeing adjective that opens the next of coordinated titles and that its mention leaves out («актёр театра и кино, народный артист России»). */
  readonly titleModifier?: RegExp;
  /** A conjunction (with its space) that goes on to one more title of the same holder in a biography list («…, а также», "and"). */
  readonly titleListContinues?: RegExp;
  /** A comma and a participle opening its clause («, работающего …»): the title after it is no apposition to the name before. */
  readonly participleClause?: RegExp;
  /** The end of a gap before a title that makes it one more apposition: a comma, then perhaps agreeing adjectives. */
  readonly lastApposition?: RegExp;
  /** Endings of a woman's surname or patronymic in this language's names (lowercase full name: "-ова", "-қызы"), and of a man's. */
  readonly feminineName?: RegExp;
  readonly masculineName?: RegExp;
  /** A patronymic's ending at the end of a name («Бериккалиевич», «Болатовна»; kk «Төлегенұлы», «Серикқызы»): a first name with it is no full name of its own. */
  readonly patronymic?: RegExp;
  /**
   * The forms a word of a linked post also stands for when a bare title repeats part of it (kk: its
   * stems, «әкімі» for «Әкім» and «облысының» for «облыс әкімі»); absent: the word itself. With
   * forms, a case ending no longer tells an owner from the head, so the bare title's last word must
   * stand for the post's last word, where Kazakh puts the head («Әкім» is not «облыс әкімінің
   * орынбасары»).
   */
  titleWordForms?(word: string): readonly string[];
  /** The last letter of a surname's nominative that its other cases drop («Белова» → «Беловой»), at the end of the word. */
  readonly surnameNominativeEnd?: RegExp;
}

/**
 * What case endings tell the linker in a language that declines names and titles: a title and its
 * holder agree in case, a genitive name is a dependent («заместитель Клишаса»), a title after a
 * tenure verb stands in the instrumental («работал инженером»).
 */
export interface CaseCues {
  /** A name's first word in the genitive (Джона, Марины), once the name is known to be inflected. */
  readonly genitiveName: RegExp;
  /** A title's first word in the instrumental («инженером»), and the same or an agreeing adjective («главным»). */
  readonly instrumental: RegExp;
  readonly instrumentalOrAdjective: RegExp;
  /** Conjunctions, relative adverbs and time words opening a clause after a comma («…, где её тренером стал …», «что в 2012 году», «Сейчас»), with their spaces. */
  readonly clauseLink: RegExp;
  /** A possessive pronoun, which may stand before a post in the instrumental («Её тренером стал …»). */
  readonly possessive: RegExp;
  /** Between stacked titles of one holder: a space, agreeing adjectives, an abbreviation in parentheses. */
  readonly stacked: RegExp;
  /** Titles of women («певица», «герцогиня»): never a man's. */
  readonly feminineTitle: RegExp;
  /** A woman's surname in an oblique case («Беловой», «Ильиной»): after a title in the genitive, that genitive. */
  readonly feminineOblique?: RegExp;
  /** A past-tense verb right after a subject, whose group 1 is set when the verb is feminine («сказала»). */
  readonly pastVerb: RegExp;
  /** A noun's or an adjective's ending in the genitive singular («генерала», «главы», «командующего»). */
  readonly genitiveWord: RegExp;
  /** A coordinating conjunction as a word («и», «или»). */
  readonly conjunction: RegExp;
  /** A participle («являющийся»), which is said of the word right before it. */
  readonly participle: RegExp;
  /** A preposition ending the words before a title, which makes it the preposition's object («согласованным с депутатами»), not a predicate. */
  readonly governedBefore: RegExp;
  /** The subject may follow its tenure verb («Пост директора занимал Раис Ханнанов»). */
  readonly subjectAfterVerb: boolean;
  /** A post opening that clause, or an adjective before it, in the instrumental of either gender («Директором», «Главой», «новой ведущей»). */
  readonly predicateInstrumental: RegExp;
  /** An adverb that may open such a title before its instrumental («Временно исполняющим обязанности»). */
  readonly predicateAdverb?: RegExp;
  /** Tenure verbs that take a post only as an instrumental predicate with its adjectives («признан лучшей актрисой», not «признан виновным в …»). */
  readonly predicateOnly: RegExp;
  /** A passive tenure word, after which the instrumental names the agent («проверкой, назначенной генпрокурором Name»), no predicate. */
  readonly passive?: RegExp;
  /** The first word of a group title in the nominative plural («адвокаты», «Американские»; «адвокатов» is not). */
  readonly pluralNominative: RegExp;
  /** A title whose first word does not decline («замминистра», «пресс-атташе»): it agrees with a name in any case. */
  caseless?(title: PositionMention): boolean;
}
