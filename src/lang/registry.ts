import { forgetWords } from '../segment/word.js';
import type { LanguagePack, PackLang, RegisteredPack } from './pack.js';
import { kkPack } from './kk/index.js';
import { ruPack } from './ru/index.js';
import { enPack } from './en/index.js';

const packs = new Map<PackLang, RegisteredPack>();
let list: readonly RegisteredPack[] = [];

/** Adds a language pack (or replaces the one of its language); its tables are derived on first use. */
export function registerPack(pack: LanguagePack): RegisteredPack {
  const registered: RegisteredPack = { ...pack, slot: packs.get(pack.lang)?.slot ?? packs.size };
  packs.set(pack.lang, registered);
  list = [...packs.values()];
  // Some word questions ask every pack (a never-name in any language's case forms): answers kept so far may change.
  forgetWords();
  return registered;
}

/** Every registered pack, in the order of registration. */
export const registeredPacks = (): readonly RegisteredPack[] => list;

/**
 * A value derived from every registered pack (one pattern or set uniting a word list that each
 * pack keeps for its own language), made again after a pack is registered: a call costs one
 * comparison. For the rules that read text of any language the same way, because the press of one
 * writes the names and words of another as they are (Russian patronymics in Kazakh articles).
 */
export function acrossPacks<T>(derive: (packs: readonly RegisteredPack[]) => T): () => T {
  let from: readonly RegisteredPack[] | undefined;
  let value: T;
  return () => {
    if (from !== list) {
      value = derive(list);
      from = list;
    }
    return value;
  };
}

/** The pack of a document's language, looked up once per document. */
export function packOf(lang: PackLang): RegisteredPack {
  const pack = packs.get(lang);
  if (pack === undefined) throw new Error(`no language pack for ${lang}`);
  return pack;
}

for (const pack of [kkPack, ruPack, enPack]) registerPack(pack);
