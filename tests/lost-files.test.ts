import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFile, extractFiles, type OutputRecord } from '../src/index.js';
import { kzx, parseCsv } from './helpers/run.js';

const base = mkdtempSync(join(tmpdir(), 'kzx-lost-'));
// GNU rm walks by descriptors: it removes trees deeper than PATH_MAX, which Node's rmSync does not.
afterAll(() => void spawnSync('rm', ['-rf', base]));
const TEXT = 'Аким области Берик Уали выделил 658 млн тенге на ремонт дорог.';
const ndjson = (stdout: string): OutputRecord[] =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as OutputRecord);
const codes = (rs: readonly OutputRecord[]): string[] => rs.map((r) => ('error' in r ? r.error.code : 'OK'));
async function collect(inputs: string[]): Promise<OutputRecord[]> {
  const out: OutputRecord[] = [];
  for await (const r of extractFiles(inputs)) out.push(r);
  return out;
}

describe('no file is lost silently', () => {
  it('a tree deeper than PATH_MAX: every level is a record or an error entry, and the run fails', async () => {
    const root = join(base, 'deep');
    mkdirSync(root);
    // Built by descending with relative paths: no absolute path past PATH_MAX is ever named.
    const made = spawnSync(process.execPath, [
      '-e',
      `const fs=require('fs');process.chdir(${JSON.stringify(root)});const n='d'.repeat(200);for(let i=0;i<30;i++){fs.mkdirSync(n);process.chdir(n);fs.writeFileSync('f'+i+'.txt',${JSON.stringify(TEXT)});}`,
    ]);
    expect(made.status).toBe(0);
    const r = kzx(['extract', root, '--format', 'ndjson']);
    expect(r.status).toBe(1);
    const out = ndjson(r.stdout);
    const ok = out.filter((o) => !('error' in o)).length;
    const failed = out.filter((o) => 'error' in o);
    expect(ok).toBeGreaterThan(10);
    expect(ok).toBeLessThan(30);
    expect(failed.map((o) => ('error' in o ? o.error.code : ''))).toEqual(['PATH_TOO_LONG']);
    expect(failed[0]!.path.length).toBeGreaterThan(4000);
    expect(r.stderr).toMatch(/path longer than the system allows \(ENAMETOOLONG, PATH_MAX\).*\[PATH_TOO_LONG\]/);
    expect(codes(await collect([root])).filter((c) => c !== 'OK')).toEqual(['PATH_TOO_LONG']);
  });

  it('file names that are not UTF-8 keep their bytes: two names stay two records, both read', async () => {
    const dir = join(base, 'names');
    mkdirSync(dir);
    for (const name of ['caf\xe9.txt', 'caf\xe8.txt']) writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), Buffer.from(name, 'latin1')]), TEXT);
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), Buffer.from('empty-\xff.txt', 'latin1')]), '');
    const r = kzx(['extract', dir, '--format', 'ndjson']);
    const out = ndjson(r.stdout);
    expect(out.map((o) => o.path.slice(dir.length + 1))).toEqual(['caf\udce8.txt', 'caf\udce9.txt', 'empty-\udcff.txt']);
    expect(codes(out)).toEqual(['OK', 'OK', 'EMPTY']);
    expect(r.status).toBe(1);
    // On stderr the byte is shown escaped.
    expect(r.stderr).toContain('empty-\\xff.txt: file is empty [EMPTY]');
    const lib = await collect([dir]);
    expect(codes(lib)).toEqual(['OK', 'OK', 'EMPTY']);
    expect(codes([extractFile(lib[0]!.path)])).toEqual(['OK']);
  });

  it('CSV and xlsx path cells write a byte that is not UTF-8 as \\xNN and double a backslash: each cell maps back to one name', async () => {
    const dir = join(base, 'csv-names');
    mkdirSync(dir);
    const names = [Buffer.from('caf\xe9.txt', 'latin1'), Buffer.from('caf\\xe9.txt'), Buffer.from('caf\u00e9.txt')];
    for (const name of names) writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), name]), TEXT);
    const r = kzx(['extract', dir, '--format', 'csv', '--quiet']);
    expect(r.status).toBe(0);
    const cells = [
      ...new Set(
        parseCsv(r.stdout)
          .slice(1)
          .map((row) => row[0]!.slice(dir.length + 1)),
      ),
    ];
    expect([...cells].sort()).toEqual(['caf\\\\xe9.txt', 'caf\\xe9.txt', 'caf\u00e9.txt'].sort());
    // The inverse of the escaping gives back the bytes of each name.
    const bytesOfCell = (cell: string): Buffer =>
      Buffer.concat(cell.split(/(\\\\|\\x[0-9a-f]{2})/).map((part) => (part === '\\\\' ? Buffer.from('\\') : /^\\x/.test(part) ? Buffer.from([parseInt(part.slice(2), 16)]) : Buffer.from(part))));
    expect(cells.map(bytesOfCell).sort(Buffer.compare)).toEqual([...names].sort(Buffer.compare));
    const xlsx = join(base, 'names.xlsx');
    expect(kzx(['extract', dir, '--format', 'xlsx', '-o', xlsx, '--quiet']).status).toBe(0);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    for (const sheet of book.worksheets) {
      const paths = sheet
        .getColumn(1)
        .values.slice(2)
        .map((v) => String(v).slice(dir.length + 1));
      expect(new Set(paths)).toEqual(new Set(cells));
    }
  });

  it('a diamond of directory links gives each real file once, not 2^depth times', async () => {
    const dir = join(base, 'diamond');
    mkdirSync(join(dir, 'l00'), { recursive: true });
    writeFileSync(join(dir, 'l00', 'doc.txt'), TEXT);
    for (let i = 1; i <= 12; i++) {
      const level = join(dir, `l${String(i).padStart(2, '0')}`);
      mkdirSync(level);
      for (const side of ['a', 'b']) symlinkSync(`../l${String(i - 1).padStart(2, '0')}`, join(level, side));
    }
    const r = kzx(['extract', dir, '--format', 'ndjson', '--quiet']);
    expect(r.status).toBe(0);
    expect(ndjson(r.stdout).map((o) => o.path)).toEqual([join(dir, 'l00', 'doc.txt')]);
    expect(await collect([dir])).toHaveLength(1);
  });

  it('a FIFO named on the command line is an error, not a hang', () => {
    const fifo = join(base, 'pipe.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const r = spawnSync(process.execPath, [join(import.meta.dirname, '..', 'bin', 'kzx.cjs'), 'extract', fifo, '--format', 'ndjson'], { encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ path: fifo, error: { code: 'UNREADABLE' } });
    expect(extractFile(fifo)).toMatchObject({ error: { code: 'UNREADABLE' } });
  });

  it('extractFile on a missing path says ENOENT, not VANISHED', () => {
    expect(extractFile(join(base, 'no-such.txt'))).toEqual({ path: join(base, 'no-such.txt'), error: { code: 'ENOENT', message: 'no such file or directory' } });
    expect(extractFile(join(base, 'no-such-dir', 'a.txt'))).toMatchObject({ error: { code: 'ENOENT' } });
  });

  it('control characters in a path are escaped on stderr', () => {
    const dir = join(base, 'esc');
    mkdirSync(dir);
    writeFileSync(join(dir, 'evil\u001b]0;owned\u0007\u001b[2J.txt'), '');
    const r = kzx(['extract', dir, '--format', 'ndjson', '--quiet']);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(r.stderr).toContain('evil\\x1b]0;owned\\x07\\x1b[2J.txt: file is empty [EMPTY]');
  });
});
