import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wantsColor } from '../src/cli/color.js';
import { BIN, kzx } from './helpers/run.js';

const dir = mkdtempSync(join(tmpdir(), 'kzx-messages-'));
writeFileSync(join(dir, 'a.txt'), 'Аким области выделил 658 млн тенге.');
writeFileSync(join(dir, 'b.txt'), '');

describe('--quiet hides progress and the summary, never failures', () => {
  it('a failed run says why, even quiet', () => {
    const r = kzx(['extract', dir, '--format', 'ndjson', '--quiet']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`kzx: error: ${join(dir, 'b.txt')}: file is empty [EMPTY]\n`);
    const loud = kzx(['extract', dir, '--format', 'ndjson']);
    expect(loud.stderr).toMatch(/2 documents found: 1 extracted, 1 failed/);
  });
});

describe('colour', () => {
  it.each([
    ['auto', {}, true, true],
    ['auto', {}, false, false],
    ['auto', { TERM: 'dumb' }, true, false],
    ['auto', { NO_COLOR: '1' }, true, false],
    ['auto', { NO_COLOR: '' }, true, true],
    ['auto', { FORCE_COLOR: '1' }, false, true],
    ['auto', { FORCE_COLOR: '0' }, true, false],
    ['auto', { NO_COLOR: '1', FORCE_COLOR: '1' }, true, false],
    ['never', { FORCE_COLOR: '1' }, true, false],
    ['always', { NO_COLOR: '1' }, false, true],
  ] as const)('--color %s with %o, stderr a terminal: %s → %s', (when, env, tty, expected) => {
    expect(wantsColor(when, env, tty)).toBe(expected);
  });

  it('through the CLI: NO_COLOR, FORCE_COLOR and --color', () => {
    const red = '\u001b[31m';
    const run = (args: string[], env: Record<string, string>): string => kzx(['extract', join(dir, 'b.txt'), '--quiet', ...args], { env }).stderr;
    expect(run([], { NO_COLOR: '', FORCE_COLOR: '1' })).toContain(red);
    expect(run([], { NO_COLOR: '1', FORCE_COLOR: '1' })).not.toContain(red);
    expect(run(['--color', 'always'], { NO_COLOR: '1' })).toContain(red);
    expect(run(['--color', 'never'], { NO_COLOR: '', FORCE_COLOR: '1' })).not.toContain(red);
    expect(kzx(['extract', join(dir, 'b.txt'), '--color', 'sometimes']).status).toBe(2);
  });
});

describe('--input ndjson as a long-lived filter', () => {
  it('writes each record while the input is still open, one line at a time', async () => {
    const child = spawn(process.execPath, [BIN, 'extract', '--input', 'ndjson', '-', '--format', 'ndjson', '--quiet']);
    let out = '';
    child.stdout.setEncoding('utf8');
    const waiters: Array<() => void> = [];
    child.stdout.on('data', (d: string) => {
      out += d;
      for (const w of waiters.splice(0)) w();
    });
    const lineCount = (): number => out.split('\n').length - 1;
    for (let i = 1; i <= 3; i++) {
      child.stdin.write(`${JSON.stringify({ id: `d${i}`, text: `Аким области выделил ${i} млн тенге.` })}\n`);
      // The record comes without more input and without the end of the input.
      while (lineCount() < i) await new Promise<void>((r) => waiters.push(r));
      expect(JSON.parse(out.trim().split('\n')[i - 1]!)).toMatchObject({ id: `d${i}` });
    }
    child.stdin.end();
    expect(await new Promise((r) => child.on('exit', r))).toBe(0);
    expect(lineCount()).toBe(3);
  });
});
