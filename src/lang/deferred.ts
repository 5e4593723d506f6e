/**
 * Values made on their first read instead of when their module loads. For the rules' regular
 * expressions: V8 parses a pattern when it is made, and again when it first runs, and each Unicode
 * class in it (`\p{L}`) is built anew by ICU both times. A pack's linking cues are ~60 patterns of
 * which a document reaches a few (a small Russian file: 13 of the 55 with such classes in the
 * bundle), and a Kazakh file reaches none of the Russian or English ones: made at load, the unused
 * ones cost every run ~45 M instructions, a tenth of a small file's.
 */
export class Deferred<T> {
  private value: T | undefined;
  constructor(private readonly make: () => T) {}
  get(): T {
    if (this.value === undefined) this.value = this.make();
    return this.value;
  }
}

/** `make()`, made on the first read (through `withDeferred`, or `.get()`). */
export const deferred = <T>(make: () => T): Deferred<T> => new Deferred(make);

/** Fields of a record, any of which may be deferred. */
export type DeferredFields<T> = { readonly [K in keyof T]: T[K] | Deferred<Exclude<T[K], undefined>> };

/**
 * The record with each deferred field read through a getter that makes its value on first use; the
 * other fields are plain. Getters, not a value swapped in later: the object keeps one shape, so the
 * rules that read it stay monomorphic per pack.
 */
export function withDeferred<T extends object>(fields: DeferredFields<T>): T {
  const record: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value instanceof Deferred) Object.defineProperty(record, key, { get: () => value.get(), enumerable: true });
    else record[key] = value;
  }
  return record as T;
}
