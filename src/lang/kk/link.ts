import type { LinkCues } from '../../link/cues.js';
import { deferred, withDeferred } from '../deferred.js';
import { kkFullBodyPost } from './body.js';
import { kkStems, voicelessFinal } from './morph.js';

// «2004 жылдан 2016 жылға дейін»: a closed span of years said with two cases.
const KK_YEARS_FROM_TO = String.raw`\d{4}\s*жылдан\s+\d{4}\s*жылға\s+дейін`;
// A biography entry's time: a year or a span of years («2012–2016 жылдары», «1987–1991 жж.», «1973 жылы», «2019 жылдан бастап»,
// «2004 жылдан 2016 жылға дейін»), the last years («соңғы бес жылда», «соңғы жылдары»).
const KK_BIO_TIME = String.raw`(?:\d{4}(?:\s*[–—-]\s*\d{4})?\s*-?\s*(?:жылдары|жылы|жж\.|жылдан\s+(?:бастап|бері))|${KK_YEARS_FROM_TO}|соңғы\s+(?:\p{L}+\s+жылда|жылдары))`;
// The patronymic element, in Kazakh and in Russian spelling: "Нұрланқызы", "Абайулы"; it tells the gender too.
const KK_DAUGHTER_OF = 'кызы|қызы';
const KK_SON_OF = 'улы|ұлы';
const KK_SEQUENCE = String.raw`(?:одан\s+кейін|кейін(?:нен)?|бұған\s+дейін|бұдан\s+бұрын|содан\s+соң)`;

/** Kazakh: who holds a title (see link/holders.ts). */
export const kkLinkCues: LinkCues = withDeferred<LinkCues>({
  relatives: deferred(
    () =>
      /(?<!\p{L})(?:қыз(?:ы|ын|ына)|ұл(?:ы|ын|ына)|әйел(?:і|ін|іне)|жұбай(?:ы|ын|ына)|зайыб(?:ы|ын)|ана(?:сы|сын)|әке(?:сі|сін)|іні(?:сі|сін)|аға(?:сы|сын)|апа(?:сы|сын)|қарындас(?:ы|ын)|немере(?:сі|сін)|серіктес(?:і|ін)|көмекші(?:сі|сін)|өкіл(?:і|ін))(?!\p{L})/iu,
  ),
  tenure: deferred(() => /(?<!\p{L})(?:болды|болған|болып|болатын|қызметін атқарған|тағайындалды|сайланды)(?!\p{L})/iu),
  appointer: deferred(() => /(?!)/u),
  // «… орынбасары қызметін атқарғанын айтты»: the participle may take the accusative of reported speech.
  pastTenure: deferred(() => /(?<!\p{L})(?:(?:болған|атқарған)(?:ын)?|істеген(?:ін)?|істеді|істедім|атқарды|атқардым|едім|босатылды|босатылған)(?!\p{L})/iu),
  // «Мемлекет басшысының тағы бір Жарлығымен Name»: the decree may be counted («тағы бір», «кезекті», «осы»).
  decreeBetween: deferred(() => /^\s*(?:(?:(?:тағы\s+)?бір|осы|кезекті|екінші)\s+)?(?:жарлығымен|өкімімен|бұйрығымен|қаулысымен|шешімімен)\s+$/iu),
  // A biography entry with no subject (the person named last): a time phrase, perhaps after a word of sequence
  // («1978–1985 жылдары», «Одан кейін 2001–2009 жылдары», «Соңғы бес жылда», «2019 жылдан бастап»), or that word alone.
  subjectlessTenure: deferred(
    () => new RegExp(String.raw`^(?=\s*\S)\s*(?:${KK_SEQUENCE}(?:\s+|$))?(?:(?<closed>\d{4}\s*[–—-]\s*\d{4}\s*-?\s*(?:жылдары|жж\.)|${KK_YEARS_FROM_TO})|${KK_BIO_TIME})?\s*$`, 'iu'),
  ),
  bioListGap: deferred(() => new RegExp(String.raw`^\s*,\s*${KK_BIO_TIME}\s+$`, 'iu')),
  // «…, – дейді хатшы Name»: the verb of saying after a quote, before its speaker.
  speechBefore: deferred(() => /[–—]\s*(?:деді|дейді|атап\s+өтті|айтты|айтады)(?!\p{L})/u),
  // «… басшысы болдым.», «… болып жұмыс істеймін,», «… орынбасары едім»: past -дым/-тым, present -мын/-пын/-бын, and their plurals, closing the clause.
  firstPersonAfter: deferred(() => /^[^.!?…;]{0,60}?(?:\p{L}(?:[дт][ыі][мқк]|[мпб][ыі](?:н|з))|(?<!\p{L})еді[мк])(?=\s*[.!?…,;»])/u),
  // «… кеңесшісі болады»: a post to be taken is the subject's as one taken is.
  // «Name аудан әкімінің міндетін уақытша атқарушы болып бекітілді»: the duties of the title, then the verb.
  tenureAfter: deferred(
    () =>
      /^\s*(?:міндетін\s+(?:уақытша\s+)?атқарушы\s+(?=болып))?(?:болып|ретінде|қызметіне|лауазымына|қызметінде|лауазымында|қызметінен|лауазымынан|(?:қызметін|лауазымын)\s+атқар\p{L}*|болды|болдым|болған|болады|едім)(?!\p{L})/iu,
  ),
  // Kazakh needs no copula in the present: «Ол қазір … төрағасы.» ends on the post.
  zeroCopula: deferred(() => /^\s*(?:[.!?…]|$)/u),
  // «әкімінің міндетін атқарушы болып Name тағайындалды»: the acting post taken.
  appointedLead: deferred(() => /^\s+(?:міндетін\s+атқарушы\s+)?(?:болып|қызметіне|лауазымына)\s/u),
  // A manner word may stand before the verb: «… Нұржан Сыдықов бірауыздан сайланды», «ресми түрде бекітілді», «уақытша тағайындалды».
  // The active verb after an accusative name says the same («лауазымына Name-ды тағайындады»).
  appointedVerb: deferred(() => /^\s+(?:(?:бірауыздан|ресми\s+түрде|уақытша)\s+)?(?:тағайында(?:л(?:ды|ған|ады)|ды|ған)|сайлан(?:ды|ған|ады)|бекітіл(?:ді|ген|еді))(?!\p{L})/u),
  verb: deferred(() => /(?<!\p{L})\p{L}{2,}(?:ды|ді|ты|ті|ған|ген|қан|кен|йды|йді|ады|еді|иды|иді)(?!\p{L})/iu),
  otherPerson: deferred(() => /(?<!\p{L})(?:орнына|кейін|қарсы)(?=[^\p{L}])|(?:^|\s)(?:және|мен|бен|пен|немесе)\s*$/iu),
  pronouns: new Map([['ол', undefined]]),
  // «… Дмитрий Кузнецовтың орнына келді»: the name in the genitive before «орнына» (in place of) and a verb of taking a post is the one replaced;
  // «… Бақыт Тоқтаровтың орнын басты» (took the place of) says the same; not «… басқан жоқ» (did not).
  predecessorAfter: deferred(() => /^\s+(?:орнына\s+(?:кел(?:ді|ген|іп)|тағайындал\p{L}*|сайлан\p{L}*|бекітіл\p{L}*)|орнын\s+бас(?:ты|қан|ып))(?!\p{L})(?!\s+(?:жоқ|емес)(?!\p{L}))/u),
  appositionFiller: deferred(() => /^(?:\s*(?:оның|олардың|қазір|сол кездегі|\d+\s+жастағы))*\s*$/u),
  // «басқарманың бұрынғы басшысы, қазір облыс әкімінің кеңесшісі Name»: «қазір» (now) after it puts the next post in the present.
  former: deferred(() => /(?<!\p{L})(?:бұрынғы|экс-)(?![^.!?]*(?<!\p{L})қазір(?!\p{L}))/iu),
  // «әкімінің міндетін Ержан Оспанов атқарады»: «міндетін» closing the gap before the name.
  // Before «болып» the duties are those of the title before them, not of one that follows («… міндетін атқарушы болып
  // қала әкімінің орынбасары Name тағайындалды»); that title's own lead is read whole (`appointedLead`).
  // «ауданы әкімінің міндетін аудан әкімінің бірінші орынбасары Name атқарады»: the duties named right after the title, then the
  // acting one's own title and name (the verb comes last, after the name).
  dutiesTaken: deferred(() => /^\s+(міндетін)\s+(?:уақытша\s+)?$/u),
  actingAfter: deferred(() => /^\s+міндетін\s+(?:уақытша\s+)?атқарушы(?!\p{L})/u),
  acting: deferred(() => /(?<!\p{L})(?:м\.\s?а\.|міндетін атқарушы(?!\s+болып(?!\p{L}))|уақытша|міндетін\s*$)|^\s+міндетін\s+атқарушы\s+болып\s+$/iu),
  // «Бас дәрігер Бекзат Омаровтың орнына бұл қызметке Ерлан Сатыбалдиев тағайындалды»: the title, the one replaced, then the successor.
  successorAfter: deferred(() => /^\s+орнына\s+(?:(?:бұл|осы)\s+(?:қызметке|лауазымға)\s+)?$/u),
  takenBy: deferred(() => /^\s+(?:болып|қызметіне|лауазымына)\s+(?:тағайындалған|сайланған|бекітілген)\s+$/u),
  heldBy: deferred(() => /^\s+(?:болған|болып\s+(?:жұмыс\s+)?істеген|қызметін\s+атқарған|қызмет\s+атқарған|лауазымын\s+атқарған|(?:қызметінен|лауазымынан)\s+(?:босаған|босатылған|кеткен))\s+$/u),
  // «… басшысы Сергей Дмитриенко атқарып отырған лауазымынан босатылды», «… өз өтініші бойынша қызметінен босатылды»: a few
  // lowercase words, then the release (not «босатылған жоқ», «босатылған емес», was not). A capitalised word between names
  // the one released: «… Name орынбасары Болат Қасымов лауазымынан босатылды».
  leftAfter: deferred(() => /^(?:\s+(?!\p{Lu})[^\s.!?;]+){0,4}?\s+(?:лауазымынан|қызметінен|орнынан)\s+босатыл(?:ды|ған|ады)(?!\p{L})(?!\s+(?:жоқ|емес)(?!\p{L}))/u),
  // «Аудан әкімі лауазымынан Бауыржан Төлегенов өз өтініші бойынша босатылды»: the post in the ablative before the name, the release after it.
  leftFrom: deferred(() => ({
    between: /^\s+(?:лауазымынан|қызметінен)\s+$/u,
    after: /^[^.!?;]*?(?<!\p{L})босатыл(?:ды|ған|ады)(?!\p{L})(?!\s+(?:жоқ|емес)(?!\p{L}))/u,
  })),
  listJoin: deferred(() => /^\s*(?:\([^()]{0,80}\))?\s*(?:,\s*(?:және\s+)?|және\s+|мен\s+|бен\s+|пен\s+)$/u),
  listIntro: deferred(() => /^\s*,?\s*(?:оның\s+ішінде|соның\s+ішінде|атап\s+айтқанда)\s*[–—:-]?\s*$/u),
  definiteLead: deferred(() => /^\s*(?:\d+\s+жастағы\s+)?$/u),
  // The title rules read the plural off the head's stem («әкімдері»), which an ending test cannot: «балетмейстері»,
  // «гроссмейстері» end as a plural would and are one holder's.
  isPluralTitle: (title) => title.plural === true,
  titleCoordinator: deferred(() => /және|мен/u),
  // «бұрынғы проректоры, қазір академигі Name»: a former post and the present one, both the name's.
  titleModifier: deferred(() => /қазір/u),
  titleListContinues: deferred(() => /және\s/u),
  feminineName: deferred(() => new RegExp(`(?:${KK_DAUGHTER_OF})$`, 'u')),
  masculineName: deferred(() => new RegExp(`(?:${KK_SON_OF})$`, 'u')),
  patronymic: deferred(() => new RegExp(`(?:${KK_SON_OF}|${KK_DAUGHTER_OF})$`, 'u')),
  // A post's words carry the possessive and the genitive of the chain («облысының әкімі»), a bare title
  // repeats them without («Әкім», «облыс әкімі»). A stem cut before a vowel ending unvoices («мектебі»).
  titleWordForms: (word) =>
    kkStems(word, 3).flatMap(({ stem }) => {
      const unvoiced = voicelessFinal(stem);
      return unvoiced === stem ? [stem] : [stem, unvoiced];
    }),
  fullBodyPost: kkFullBodyPost,
  pronounReplaced: /(?:^|[\s«"(])[Оо]ның\s+орнына\s+$/u,
  rank: /^(?:генерал(?:-(?:майор|лейтенант|полковник))?|(?:под)?полковник|майор|адмирал|(?:контр-|вице-)адмирал)$/iu,
  // The owner's post in the genitive: its possessive head takes -ның/-нің («әкімі» → «әкімінің»); another head is left.
  pronounDeputy: {
    norms: new Set(['орынбасары', 'орынбасар']),
    pronoun: /(?:^|[\s«"(])[Оо]ның\s+$/u,
    post: (owner) => (/[ыі]$/u.test(owner) ? `${owner}${owner.endsWith('ы') ? 'ның' : 'нің'} орынбасары` : undefined),
  },
});
