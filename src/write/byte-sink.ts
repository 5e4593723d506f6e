/**
 * Serialised records encoded to UTF-8 as they are made, into one growing buffer. A batch then
 * leaves a worker as bytes whose memory is handed over (transferred, not copied), and the main
 * thread writes them as they are: no joined string, no copy on the way, no encoding there.
 */
export class ByteSink {
  // Allocated on the first write, and never from Node's shared pool: a pooled buffer's memory could
  // not be transferred to another thread.
  private buf: Buffer | undefined;
  private length = 0;

  write(text: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8; a long text is measured instead, so a
    // 40 MB record does not ask for 120 MB.
    const need = this.length + (text.length > EXACT_SIZE_FROM ? Buffer.byteLength(text, 'utf8') : text.length * 3);
    let buf = this.buf;
    if (buf === undefined || need > buf.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(need + MIN_CAPACITY, 2 * (buf?.length ?? 0)));
      buf?.copy(bigger, 0, 0, this.length);
      this.buf = buf = bigger;
    }
    this.length += buf.write(text, this.length, 'utf8');
  }

  /** The bytes written; the sink is not to be used after. */
  bytes(): Uint8Array {
    return this.buf === undefined ? new Uint8Array(0) : new Uint8Array(this.buf.buffer, this.buf.byteOffset, this.length);
  }
}

// A batch of 64 articles makes ~150–250 KB of NDJSON: most batches never grow.
const MIN_CAPACITY = 1 << 18;
const EXACT_SIZE_FROM = 1 << 16;
