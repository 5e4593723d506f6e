/** A one-line progress display on stderr, only when it is a terminal. */
export class Progress {
  private last = 0;
  private bytes = 0;
  /** Sources found so far by discovery: the total, once discovery is done (none with NDJSON input, --shard or --manifest). */
  private found = 0;
  private readonly t0 = performance.now();
  constructor(private readonly enabled: boolean) {}

  /** Discovery found `n` more sources. */
  addFound(n: number): void {
    this.found += n;
  }

  tick(docs: number, bytes: number): void {
    if (!this.enabled) return;
    this.bytes += bytes;
    const now = performance.now();
    if (now - this.last < 200) return;
    this.last = now;
    process.stderr.write(`\r\u001b[K${progressLine(docs, this.found, this.bytes, (now - this.t0) / 1000)}`);
  }

  done(): void {
    if (this.enabled) process.stderr.write('\r\u001b[K');
  }
}

/** "1,234/20,000 documents, 7.9 MB/s, 12.3 s, ETA 0:41"; without a total (NDJSON input, --shard, --manifest), no ETA. */
export function progressLine(done: number, total: number, bytes: number, secs: number): string {
  const rate = bytes / 1e6 / Math.max(secs, 1e-3);
  const count = total >= done && total > 0 ? `${done.toLocaleString('en')}/${total.toLocaleString('en')}` : done.toLocaleString('en');
  let line = `${count} documents, ${rate.toFixed(1)} MB/s, ${secs.toFixed(1)} s`;
  if (total > done && done > 0) {
    const eta = Math.round(((total - done) * secs) / done);
    line += `, ETA ${Math.floor(eta / 60)}:${String(eta % 60).padStart(2, '0')}`;
  }
  return line;
}
