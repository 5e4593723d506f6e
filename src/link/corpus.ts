import type { DocumentRecord } from '../schema/record.js';

/** One post a person was seen holding over the corpus. */
export interface CorpusPost {
  /** Canonical role when the title has one (akim/oblast, minister); else the title's wording. */
  role?: string;
  /** The title as the documents word it (nominative), each once. */
  positions: string[];
  /** First and last article date the person was seen with this post (documents with a date). */
  first?: string;
  last?: string;
  documents: number;
  /** Stated in the latest document that gives this post: no longer held, or held for the time being. */
  former?: true;
  acting?: true;
}

/** One person over a whole corpus: names as written per language, and each post held. */
export interface CorpusOfficial {
  key: string;
  names: Record<string, string[]>;
  posts: CorpusPost[];
  documents: number;
  mentions: number;
}

/** Distinct wordings kept per post: a title is worded a handful of ways, not hundreds. */
const MAX_WORDINGS = 16;

interface PostAcc {
  role?: string;
  positions: Set<string>;
  first?: string;
  last?: string;
  documents: number;
  /** The flags of the latest dated document (or the last one read when none is dated). */
  flagsDate: string;
  former: boolean;
  acting: boolean;
}

/**
 * Aggregates officials across documents by person key. Memory grows with the number of distinct
 * people and posts, not with the corpus. A surname-only key ("tokaev") joins the one full name that
 * has that surname, when exactly one does.
 */
export class OfficialsIndex {
  private readonly posts = new Map<string, Map<string, PostAcc>>();
  private readonly personDocs = new Map<string, { names: Map<string, Set<string>>; initialled: Map<string, Set<string>>; documents: number; mentions: number }>();

  add(rec: DocumentRecord): void {
    const seenHere = new Set<string>();
    for (const m of rec.mentions) {
      if (m.type !== 'person') continue;
      let p = this.personDocs.get(m.key);
      if (p === undefined) this.personDocs.set(m.key, (p = { names: new Map(), initialled: new Map(), documents: 0, mentions: 0 }));
      p.mentions += 1;
      if (!seenHere.has(m.key)) p.documents += 1;
      seenHere.add(m.key);
      // A full name is the one to show; a name known only by its initials («Ж. Т. Қалиев») is shown as written.
      const byLang = /\p{L}\./u.test(m.norm) ? p.initialled : p.names;
      const set = byLang.get(rec.lang) ?? new Set<string>();
      set.add(m.norm);
      byLang.set(rec.lang, set);
    }
    const postsHere = new Set<string>();
    for (const o of rec.officials) {
      let byPost = this.posts.get(o.key);
      if (byPost === undefined) this.posts.set(o.key, (byPost = new Map()));
      const id = o.role ?? o.position.toLowerCase();
      let post = byPost.get(id);
      if (post === undefined) byPost.set(id, (post = { ...(o.role !== undefined ? { role: o.role } : {}), positions: new Set(), documents: 0, flagsDate: '', former: false, acting: false }));
      if (post.positions.size < MAX_WORDINGS) post.positions.add(o.position);
      if (!postsHere.has(`${o.key}\u0000${id}`)) post.documents += 1;
      postsHere.add(`${o.key}\u0000${id}`);
      const date = rec.date ?? '';
      if (rec.date !== undefined) {
        if (post.first === undefined || rec.date < post.first) post.first = rec.date;
        if (post.last === undefined || rec.date > post.last) post.last = rec.date;
      }
      if (date >= post.flagsDate) {
        post.flagsDate = date;
        post.former = o.former === true;
        post.acting = o.acting === true;
      }
    }
  }

  rows(): CorpusOfficial[] {
    const fullBySurname = new Map<string, string[]>();
    for (const key of this.personDocs.keys()) {
      const words = key.split(' ');
      if (words.length < 2) continue;
      for (const w of words) fullBySurname.set(w, [...(fullBySurname.get(w) ?? []), key]);
    }
    const target = (key: string): string => {
      if (key.includes(' ')) return key;
      const full = fullBySurname.get(key);
      return full !== undefined && full.length === 1 ? full[0]! : key;
    };
    const merged = new Map<string, { names: Record<string, string[]>; posts: Map<string, PostAcc>; documents: number; mentions: number }>();
    for (const [key, byPost] of this.posts) {
      const k = target(key);
      const into = merged.get(k) ?? { names: {}, posts: new Map<string, PostAcc>(), documents: 0, mentions: 0 };
      for (const [id, p] of byPost) {
        const had = into.posts.get(id);
        into.posts.set(id, had === undefined ? p : mergePosts(had, p));
      }
      merged.set(k, into);
    }
    for (const [key, p] of this.personDocs) {
      const row = merged.get(target(key));
      if (row === undefined) continue;
      row.documents += p.documents;
      row.mentions += p.mentions;
      for (const [lang, names] of p.names) row.names[lang] = [...new Set([...(row.names[lang] ?? []), ...names])].sort();
    }
    const fullIn = new Map([...merged].map(([k, row]) => [k, new Set(Object.keys(row.names))]));
    for (const [key, p] of this.personDocs) {
      const k = target(key);
      const row = merged.get(k);
      if (row === undefined) continue;
      for (const [lang, names] of p.initialled) if (!fullIn.get(k)!.has(lang)) row.names[lang] = [...new Set([...(row.names[lang] ?? []), ...names])].sort();
    }
    const out: CorpusOfficial[] = [];
    for (const [key, row] of merged) {
      const posts = [...row.posts.values()].sort((a, b) => b.documents - a.documents || (a.first ?? '').localeCompare(b.first ?? '')).map(toPost);
      out.push({ key, names: row.names, posts, documents: row.documents, mentions: row.mentions });
    }
    return out.sort((a, b) => b.mentions - a.mentions || (a.key < b.key ? -1 : 1));
  }
}

function mergePosts(a: PostAcc, b: PostAcc): PostAcc {
  const later = b.flagsDate >= a.flagsDate ? b : a;
  const first = [a.first, b.first].filter((d): d is string => d !== undefined).sort()[0];
  const last = [a.last, b.last]
    .filter((d): d is string => d !== undefined)
    .sort()
    .at(-1);
  return {
    ...(a.role !== undefined ? { role: a.role } : {}),
    positions: new Set([...a.positions, ...b.positions].slice(0, MAX_WORDINGS)),
    ...(first !== undefined ? { first } : {}),
    ...(last !== undefined ? { last } : {}),
    documents: a.documents + b.documents,
    flagsDate: later.flagsDate,
    former: later.former,
    acting: later.acting,
  };
}

const toPost = (p: PostAcc): CorpusPost => ({
  ...(p.role !== undefined ? { role: p.role } : {}),
  positions: [...p.positions],
  ...(p.first !== undefined ? { first: p.first } : {}),
  ...(p.last !== undefined ? { last: p.last } : {}),
  documents: p.documents,
  ...(p.former ? { former: true as const } : {}),
  ...(p.acting ? { acting: true as const } : {}),
});
