import { createRequire } from 'node:module';

type Franc = typeof import('franc').franc;
let francFn: Franc | undefined;
/**
 * franc and its trigram tables cost ~40 ms to load and most articles never need it (the letter
 * share decides), so it is loaded on first use; require() of an ES module works from Node 20.19.
 */
const franc: Franc = (...args) => (francFn ??= (createRequire(import.meta.url)('franc') as typeof import('franc')).franc)(...args);

export type Lang = 'kk' | 'ru' | 'en';
export type DetectedLang = Lang | 'und';

export interface LangGuess {
  readonly lang: DetectedLang;
  /** 0..1: how far the deciding measure is from its threshold. */
  readonly confidence: number;
}

/** 1 at (code − 0x400) for the Kazakh-only letters of the Cyrillic block: one load per letter in the counting loop. */
const KAZAKH_ONLY = new Uint8Array(0x100);
for (const c of 'әғқңөұүһіӘҒҚҢӨҰҮҺІ') KAZAKH_ONLY[c.charCodeAt(0) - 0x400] = 1;
/** Kazakh-only letters are 13–14% of Cyrillic in Kazakh news and well under 1% in Russian news quoting a Kazakh name. */
const KAZAKH_SHARE_THRESHOLD = 0.02;
const SAMPLE_CHARS = 20_000;
const FRANC_TO_LANG: Record<string, Lang> = { kaz: 'kk', rus: 'ru', eng: 'en' };

/** Cyrillic, Latin and Kazakh-only letter counts in one pass. */
function letterCounts(s: string): { cyr: number; lat: number; kazakh: number } {
  let cyr = 0;
  let lat = 0;
  let kazakh = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) {
      cyr++;
      kazakh += KAZAKH_ONLY[c - 0x400]!;
    } else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) lat++;
  }
  return { cyr, lat, kazakh };
}

/**
 * Kazakh-letter share decides between kk and ru; franc (restricted to kaz/rus/eng — unrestricted it
 * calls Kazakh Kyrgyz or Tatar) gives the second opinion when the share is near the threshold or
 * the text is short.
 */
export function detectLanguage(text: string): LangGuess {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const { cyr, lat, kazakh } = letterCounts(sample);
  if (cyr + lat < 3) return { lang: 'und', confidence: 0 };
  if (lat > cyr * 2) return { lang: 'en', confidence: Math.min(1, lat / (lat + cyr)) };
  const share = kazakh / Math.max(1, cyr);
  const byShare: Lang = share >= KAZAKH_SHARE_THRESHOLD ? 'kk' : 'ru';
  const margin = Math.abs(share - KAZAKH_SHARE_THRESHOLD) / KAZAKH_SHARE_THRESHOLD;
  if (cyr >= 200 && margin > 0.5) return { lang: byShare, confidence: round(Math.min(1, 0.75 + margin / 8)) };
  const second = FRANC_TO_LANG[franc(sample, { only: ['kaz', 'rus', 'eng'], minLength: 3 })];
  if (second === undefined || second === 'en') return { lang: byShare, confidence: 0.5 };
  return { lang: byShare === second ? byShare : share > 0 ? 'kk' : second, confidence: byShare === second ? 0.8 : 0.4 };
}

const round = (x: number): number => Math.round(x * 100) / 100;
