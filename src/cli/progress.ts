/** A one-line progress display on stderr, only when it is a terminal. */
export class Progress {
  private last = 0;
  private chars = 0;
  private readonly t0 = performance.now();
  constructor(private readonly enabled: boolean) {}

  tick(docs: number, chars: number): void {
    if (!this.enabled) return;
    this.chars += chars;
    const now = performance.now();
    if (now - this.last < 200) return;
    this.last = now;
    const secs = (now - this.t0) / 1000;
    const mbs = this.chars / 1e6 / Math.max(secs, 1e-3);
    process.stderr.write(`\r\u001b[K${docs} documents, ${mbs.toFixed(1)} MB/s, ${secs.toFixed(1)} s`);
  }

  done(): void {
    if (this.enabled) process.stderr.write('\r\u001b[K');
  }
}
