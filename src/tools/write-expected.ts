/**
 * Writes fixtures/expected/NAME.json for every fixture article and saved page (pages read as the
 * CLI reads files): the mentions and officials kzx extracts, in a compact form that is easy to
 * review. Re-run after a deliberate change, review the diff, commit: tests/fixtures.test.ts fails on
 * any unreviewed change.
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { compactRecord } from '../write/compact.js';
import { processDocument } from '../document.js';
import { extractFile } from '../index.js';

const root = process.argv[2] ?? 'fixtures';
mkdirSync(join(root, 'expected'), { recursive: true });
for (const dir of ['articles', 'multilingual', 'officials']) {
  for (const f of readdirSync(join(root, dir)).sort()) {
    const path = `${root}/${dir}/${f}`;
    const rec = processDocument({ path, text: readFileSync(path, 'utf8') });
    writeFileSync(join(root, 'expected', `${dir}--${f.replace(/\.[^.]+$/, '')}.json`), `${JSON.stringify(compactRecord(rec), null, 1)}\n`);
  }
}
for (const dir of ['pages', 'sites']) {
  for (const f of readdirSync(join(root, dir), { withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => d.name)
    .sort()) {
    const rec = extractFile(`${root}/${dir}/${f}`);
    writeFileSync(
      join(root, 'expected', `${dir}--${f.replace(/\.[^.]+$/, '')}.json`),
      `${JSON.stringify(compactRecord(rec), null, 1)}
`,
    );
  }
}
