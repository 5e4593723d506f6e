import type { Source } from './source.js';

export interface Shard {
  /** 1-based part number. */
  readonly k: number;
  readonly n: number;
}

export function parseShard(spec: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(spec);
  const k = Number(m?.[1]);
  const n = Number(m?.[2]);
  if (m === null || n < 1 || k < 1 || k > n) throw new Error(`--shard takes K/N with 1 ≤ K ≤ N, got '${spec}'`);
  return { k, n };
}

/** FNV-1a over the path's UTF-16 units: stable across machines and Node versions. */
export function pathHash(path: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    h ^= path.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Only the sources of part K of N. Every source falls in exactly one part, so the parts' union is the whole. */
export async function* shardSources(sources: AsyncIterable<Source>, shard: Shard): AsyncGenerator<Source> {
  for await (const s of sources) if (pathHash(s.path) % shard.n === shard.k - 1) yield s;
}
