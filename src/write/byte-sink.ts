/**
 * Serialised records encoded to UTF-8 as they are made, into buffers filled one after another. A
 * batch then leaves a worker as bytes whose memory is handed over (transferred, not copied), and
 * the main thread writes them as they are: no joined string, no copy on the way, no encoding there.
 * A full buffer is kept, not copied into a bigger one: a 40 MB record costs no 40 MB of copying.
 */
export class ByteSink {
  private readonly full: Uint8Array[] = [];

  /** `grows`: each buffer twice the last; otherwise all of the first size, which the spares keep. */
  constructor(private readonly grows = true) {}

  // Allocated on the first write, and never from Node's shared pool: a pooled buffer's memory could
  // not be transferred to another thread.
  private buf: Buffer | undefined;
  private length = 0;

  write(text: string): void {
    // TextEncoder.encodeInto stops at a whole character when the buffer is full and says how far it
    // read, so nothing is measured first; it is also several times faster per call than
    // Buffer#write (measured: 200,000 records of 100 characters, 45 vs 200 ms).
    let rest = text;
    let buf = this.buf ?? this.next();
    for (;;) {
      const { read, written } = UTF8.encodeInto(rest, buf.subarray(this.length));
      this.length += written;
      if (read === rest.length) return;
      rest = rest.slice(read);
      buf = this.next();
    }
  }

  /** The buffers filled so far, in order, handed out: the bytes still to come follow them. */
  takeFull(): Uint8Array[] {
    return this.full.splice(0);
  }

  /** The bytes written, in order; the sink is not to be used after. */
  chunks(): Uint8Array[] {
    this.seal();
    this.buf = undefined;
    return this.full;
  }

  /** A spare or fresh buffer, each twice the last (up to a cap) when the sink grows, so a long record takes few of them. */
  private next(): Buffer {
    const last = this.buf;
    this.seal();
    if (last === undefined || !this.grows) return (this.buf = spareBuffers.take() ?? Buffer.allocUnsafeSlow(MIN_CAPACITY));
    return (this.buf = Buffer.allocUnsafeSlow(Math.min(2 * last.length, MAX_CAPACITY)));
  }

  /** The written part of the current buffer joins the full ones. */
  private seal(): void {
    if (this.buf !== undefined && this.length > 0) this.full.push(this.buf.subarray(0, this.length));
    this.length = 0;
  }
}

/**
 * Bytes made only as they are written out: a record with hundreds of thousands of mentions, whose
 * JSON (tens of megabytes) would otherwise be encoded whole into fresh memory before the first byte
 * is written. Its pieces are encoded into first-size buffers, each handed out when full; once
 * written, a buffer goes back to the spares and is filled again, so the kernel faults in a few
 * buffers' pages instead of the whole record's (the 5 MB single-line document: ~10,000 faults).
 * Only the thread that writes can use it: workers hand over bytes.
 */
export class EncodedLater implements Iterable<Uint8Array> {
  constructor(private readonly pieces: () => Iterable<string>) {}

  *[Symbol.iterator](): Iterator<Uint8Array> {
    const sink = new ByteSink(false);
    for (const piece of this.pieces()) {
      sink.write(piece);
      yield* sink.takeFull();
    }
    yield* sink.chunks();
  }
}

/** A batch's output as it is written: bytes, or bytes still to be made. */
export type SerializedPart = Uint8Array | EncodedLater;

/**
 * Buffers whose bytes have been written out, kept for the next batch instead of being freed. Fresh
 * memory is not free: the kernel faults in and zeroes every page on first touch, and a freed 256 KB
 * buffer goes back to it (reusing them cut --jobs 1 CPU time by ~5% on the bench corpus). Only
 * first-size buffers are kept, and at most 8 of them: the pool holds no more than 2 MB.
 */
export class SpareBuffers {
  private readonly spare: Buffer[] = [];

  take(): Buffer | undefined {
    return this.spare.pop();
  }

  /** Takes back the buffer under a chunk once its bytes are written (or sent). */
  give(chunk: Uint8Array): void {
    const memory = chunk.buffer;
    if (memory.byteLength === MIN_CAPACITY && this.spare.length < MAX_SPARE && memory instanceof ArrayBuffer) this.spare.push(Buffer.from(memory));
  }

  /** Up to n spare buffers, to hand to a worker thread with its next batch. */
  takeUpTo(n: number): Buffer[] {
    return this.spare.splice(Math.max(0, this.spare.length - n));
  }
}

const MAX_SPARE = 8;
/** This thread's spare buffers (each worker thread has its own module instance, so its own pool). */
export const spareBuffers = new SpareBuffers();

const UTF8 = new TextEncoder();
// A batch of 64 articles makes ~150–250 KB of NDJSON: most batches fill one buffer.
const MIN_CAPACITY = 1 << 18;
const MAX_CAPACITY = 1 << 23;
