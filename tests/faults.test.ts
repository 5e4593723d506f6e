import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  existsSync,
  openSync,
  writeSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateArticle } from '../src/tools/corpus-generator.js';
import { BIN, kzx } from './helpers/run.js';

const ARTICLES = 600;
const base = mkdtempSync(join(tmpdir(), 'kzx-faults-'));
const corpus = join(base, 'in');
mkdirSync(corpus);
for (let i = 0; i < ARTICLES; i++) writeFileSync(join(corpus, `${String(i).padStart(4, '0')}.txt`), generateArticle(i));
// The tmpfs of the full-disk test is unmounted here, not in its describe: a filtered run (-t) skips that describe's hooks but still mounts it.
afterAll(() => {
  spawnSync('umount', [join(base, 'tmpfs')]);
  rmSync(base, { recursive: true, force: true });
});

/** A fresh folder holding an output file from a previous run. */
function outFolder(): { dir: string; out: string } {
  const dir = mkdtempSync(join(base, 'out-'));
  const out = join(dir, 'out.ndjson');
  writeFileSync(out, 'previous run\n');
  return { dir, out };
}

/** Runs kzx with RLIMIT_FSIZE set: a write past `kb` KB fails with EFBIG, as a full disk fails with ENOSPC. */
function kzxWithFileLimit(kb: number, args: readonly string[], env: Record<string, string> = {}): { status: number; stderr: string; stdout: string } {
  const quoted = args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('sh', ['-c', `ulimit -f ${kb * 2} && exec '${process.execPath}' '${BIN}' ${quoted}`], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { status: r.status ?? -1, stderr: r.stderr, stdout: r.stdout };
}

describe('signals', () => {
  /** Starts a run, waits for its temporary file (so it is mid-run), and sends the signal. */
  async function interrupt(signal: NodeJS.Signals, env: Record<string, string>, extra: string[] = []): Promise<{ code: number | null; stderr: string; dir: string; out: string }> {
    const { dir, out } = outFolder();
    const child = spawn(process.execPath, [BIN, 'extract', corpus, '--format', 'ndjson', '-o', out, '--quiet', ...extra], { env: { ...process.env, NO_COLOR: '1', ...env } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    for (let i = 0; i < 400 && !readdirSync(dir).some((f) => f.endsWith('.tmp')); i++) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 150));
    child.kill(signal);
    return { code: await exited, stderr, dir, out };
  }

  it.each([
    ['SIGINT', 130, { KZX_READ_AHEAD_FROM_MB: '0' }, ['--jobs', '1']],
    ['SIGTERM', 143, { KZX_READ_AHEAD_FROM_MB: '0' }, ['--jobs', '1']],
    ['SIGINT', 130, { KZX_WORKERS_FROM_MB: '0' }, ['--jobs', '2']],
    ['SIGTERM', 143, {}, []],
  ] as const)('%s gives %i with a message, the old output intact and no temporary file (%o %o)', async (signal, expected, env, extra) => {
    const r = await interrupt(signal, env, [...extra]);
    expect(r.code).toBe(expected);
    expect(r.stderr).toContain(`interrupted (${signal})`);
    expect(readFileSync(r.out, 'utf8')).toBe('previous run\n');
    expect(readdirSync(r.dir)).toEqual(['out.ndjson']);
  });
});

describe('output errors: one line, exit 3, no partial or temporary file', () => {
  it('a full stdout (/dev/full) exits 3 with ENOSPC', () => {
    const r = spawnSync('sh', ['-c', `exec '${process.execPath}' '${BIN}' extract '${corpus}' --quiet --jobs 1 > /dev/full`], { encoding: 'utf8' });
    expect(r.status).toBe(3);
    expect(r.stderr.trim().split('\n')).toEqual(['kzx: error: cannot write stdout: no space left on the device (ENOSPC)']);
  });

  it.each([
    ['json', '1'],
    ['csv', '1'],
    ['ndjson', '2'],
  ])('-o past the file size limit (%s, --jobs %s) keeps the old file and leaves no temporary file', (format, jobs) => {
    const { dir, out } = outFolder();
    const r = kzxWithFileLimit(64, ['extract', corpus, '--format', format, '--jobs', jobs, '-o', out, '--quiet'], { KZX_WORKERS_FROM_MB: '0' });
    expect(r.status).toBe(3);
    expect(r.stderr.trim().split('\n')).toEqual([`kzx: error: cannot write ${out}: file too large for this file system or limit (EFBIG)`]);
    expect(readFileSync(out, 'utf8')).toBe('previous run\n');
    expect(readdirSync(dir)).toEqual(['out.ndjson']);
  });

  it('--errors past the limit fails the run too, and neither output is replaced', () => {
    const { dir, out } = outFolder();
    const missing = Array.from({ length: 300 }, (_, i) => join(base, `missing-${i}.txt`));
    const r = kzxWithFileLimit(4, ['extract', ...missing, '--format', 'ndjson', '-o', out, '--errors', join(dir, 'errors.ndjson'), '--quiet']);
    // -o itself is over the limit too here; either way nothing is published.
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/kzx: error: cannot write .*\(EFBIG\)\n$/);
    expect(readdirSync(dir)).toEqual(['out.ndjson']);
  });

  const tmpfs = join(base, 'tmpfs');
  mkdirSync(tmpfs);
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', tmpfs]).status === 0;
  it.skipIf(!mounted)('a full disk (a 256 KB tmpfs) exits 3 with ENOSPC and frees the space', () => {
    const out = join(tmpfs, 'out.ndjson');
    writeFileSync(out, 'previous run\n');
    const r = kzx(['extract', corpus, '--format', 'ndjson', '-o', out, '--quiet']);
    expect(r.status).toBe(3);
    expect(r.stderr).toBe(`kzx: error: cannot write ${out}: no space left on the device (ENOSPC)\n`);
    expect(readdirSync(tmpfs)).toEqual(['out.ndjson']);
    expect(readFileSync(out, 'utf8')).toBe('previous run\n');
  });

  it('keeps the permissions of the file it replaces', () => {
    const { out } = outFolder();
    chmodSync(out, 0o600);
    expect(kzx(['extract', join(corpus, '0001.txt'), '-o', out, '--quiet']).status).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });
});

describe('usage mistakes are caught before any work (exit 2)', () => {
  const dir = mkdtempSync(join(base, 'usage-'));
  const target = join(dir, 'real.json');
  writeFileSync(target, 'keep\n');
  symlinkSync(target, join(dir, 'link.json'));
  spawnSync('mkfifo', [join(dir, 'fifo')]);
  const one = join(corpus, '0001.txt');
  it.each([
    ['-o into a missing folder', ['-o', join(dir, 'nope', 'out.json')], /folder .*nope does not exist/],
    ['--errors into a missing folder', ['--errors', join(dir, 'nope', 'e.ndjson')], /folder .*nope does not exist/],
    ['--manifest into a missing folder', ['--manifest', join(dir, 'nope', 'm.json')], /folder .*nope does not exist/],
    ['-o onto a directory', ['-o', dir], /is a directory/],
    ['-o onto a device', ['-o', '/dev/null'], /not a regular file/],
    ['-o onto a FIFO', ['-o', join(dir, 'fifo')], /not a regular file/],
    ['-o onto a symbolic link', ['-o', join(dir, 'link.json')], /is a symbolic link/],
    ['an unknown --encoding', ['--encoding', 'klingon-8'], /unknown encoding 'klingon-8'/],
  ])('%s', (_, args, message) => {
    const r = kzx(['extract', one, ...args]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(readlinkSync(join(dir, 'link.json'))).toBe(target);
    expect(lstatSync(join(dir, 'fifo')).isFIFO()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('keep\n');
  });

  it('one path given for two outputs', () => {
    const r = kzx(['extract', one, '-o', join(dir, 'same.ndjson'), '--errors', join(dir, 'same.ndjson')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/same\.ndjson is given for two outputs/);
  });

  it('an output the run would read back as input', () => {
    const r = kzx(['extract', corpus, '-o', join(corpus, 'result.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/result\.txt is among the inputs/);
    expect(existsSync(join(corpus, 'result.txt'))).toBe(false);
    // Not matched by the patterns, or excluded: fine.
    const other = mkdtempSync(join(base, 'self-'));
    writeFileSync(join(other, 'a.txt'), generateArticle(1));
    expect(kzx(['extract', other, '-o', join(other, 'out.json'), '--quiet']).status).toBe(0);
    expect(kzx(['extract', other, '-o', join(other, 'out.txt'), '--exclude', 'out.txt', '--quiet']).status).toBe(0);
  });

  it.each([['-o'], ['--errors'], ['--manifest']])('%s matched by an input glob, absolute or relative, existing or not', (flag) => {
    const other = mkdtempSync(join(base, 'glob-'));
    writeFileSync(join(other, 'a.txt'), generateArticle(1));
    for (const [pattern, cwd] of [
      [join(other, '*.txt'), base],
      ['*.txt', other],
      ['./**/*.txt', other],
    ] as const) {
      const r = kzx(['extract', pattern, flag, join(other, 'log.txt')], { cwd });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/log\.txt is among the inputs/);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(existsSync(join(other, 'log.txt'))).toBe(false);
    }
    // Not matched by the glob, or excluded: fine.
    expect(kzx(['extract', join(other, '*.txt'), flag, join(other, 'log.json'), '--quiet']).status).toBe(0);
    expect(kzx(['extract', join(other, '*.txt'), flag, join(other, 'log.txt'), '--exclude', '**/log.txt', '--quiet']).status).toBe(0);
  });
});

describe('per-document time guard', () => {
  const dir = join(base, 'slow');
  mkdirSync(dir);
  // ~27 MB, several seconds of extraction: written line by line, never built as one string.
  const fd = openSync(join(dir, 'big.txt'), 'w');
  const line = 'Аким области Берик Уали выделил 658 млн тенге на ремонт дорог 12 марта 2024 года. '.repeat(1000);
  for (let i = 0; i < 200; i++) writeSync(fd, line);
  closeSync(fd);
  for (let i = 0; i < 3; i++) writeFileSync(join(dir, `small${i}.txt`), generateArticle(i));

  it.each([['1'], ['2']])('--jobs %s: the slow document is a TIMEOUT entry, the others are extracted, exit 1', (jobs) => {
    const r = kzx(['extract', dir, '--format', 'ndjson', '--timeout', '1', '--max-bytes', '100000000', '--jobs', jobs, '--quiet']);
    expect(r.status).toBe(1);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { path: string; error?: { code: string; message: string } });
    expect(out.map((o) => [o.path.slice(dir.length + 1), o.error?.code ?? 'OK'])).toEqual([
      ['big.txt', 'TIMEOUT'],
      ['small0.txt', 'OK'],
      ['small1.txt', 'OK'],
      ['small2.txt', 'OK'],
    ]);
    expect(out[0]!.error!.message).toBe('extraction took longer than --timeout 1 s');
    expect(r.stderr).toMatch(/big\.txt: extraction took longer than --timeout 1 s \[TIMEOUT\]/);
  });

  it('the library takes the same budget', async () => {
    const { extractFile, extractFiles } = await import('../src/index.js');
    const rec = extractFile(join(dir, 'big.txt'), { maxBytes: 100_000_000, timeoutMs: 500 });
    expect('error' in rec && rec.error.code).toBe('TIMEOUT');
    const codes: string[] = [];
    for await (const r of extractFiles([dir], { maxBytes: 100_000_000, timeoutMs: 500 })) codes.push('error' in r ? r.error.code : 'OK');
    expect(codes).toEqual(['TIMEOUT', 'OK', 'OK', 'OK']);
  });

  it.each([['0'], ['-1'], ['soon'], ['']])('--timeout %j is a usage error before any work', (value) => {
    const r = kzx(['extract', dir, '--timeout', value]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--timeout.*expected a number of seconds > 0/);
  });
});

describe('stdin', () => {
  it('a document on stdin past --max-bytes is TOO_LARGE, and an endless one ends the run', () => {
    const r = spawnSync('sh', ['-c', `cat /dev/zero | '${process.execPath}' '${BIN}' extract - --max-bytes 100000 --format ndjson`], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ path: '-', error: { code: 'TOO_LARGE', message: 'stdin is over --max-bytes 100000' } });
  });
});

describe('kzx officials and kzx report write their output as extract does', () => {
  const one = join(corpus, '0001.txt');
  it.each([['officials'], ['report']])('%s: -o into a missing folder is a usage error before any work', (command) => {
    const dir = mkdtempSync(join(base, `${command}-`));
    const r = kzx([command, one, '-o', join(dir, 'nope', 'out')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/folder .*nope does not exist/);
  });

  it.each([['officials'], ['report']])('%s: a full stdout exits 3 with one line', (command) => {
    const r = spawnSync('sh', ['-c', `exec '${process.execPath}' '${BIN}' ${command} '${one}' --quiet --jobs 1 > /dev/full`], { encoding: 'utf8' });
    expect(r.status).toBe(3);
    expect(r.stderr.trim().split('\n')).toEqual(['kzx: error: cannot write stdout: no space left on the device (ENOSPC)']);
  });

  it('report: --quiet never hides a failed input', () => {
    const r = kzx(['report', one, join(base, 'no-such-file.txt'), '--quiet', '-o', join(mkdtempSync(join(base, 'rq-')), 'r.html')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/kzx: error: .*no-such-file\.txt/);
  });
});
