import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { processDocument } from '../src/document.js';
import { extractFile } from '../src/index.js';
import { compactRecord } from '../src/write/compact.js';
import { ROOT } from './helpers/run.js';

// Reviewed expected outputs (regenerate with `node dist/tools/write-expected.js`, then review the diff).
for (const dir of ['articles', 'multilingual', 'officials']) {
  for (const f of readdirSync(join(ROOT, 'fixtures', dir)).sort()) {
    it(`fixtures/${dir}/${f} gives its reviewed output`, () => {
      const path = `fixtures/${dir}/${f}`;
      const rec = processDocument({ path, text: readFileSync(join(ROOT, path), 'utf8') });
      const expected = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'expected', `${dir}--${f.replace(/\.[^.]+$/, '')}.json`), 'utf8')) as unknown;
      expect(compactRecord(rec)).toEqual(expected);
    });
  }
}

// Saved pages go through reading (decoding, the page's article, title and date) as the CLI reads them.
// sites/ holds pages saved from the markup of common CMSs and news portals (kept out of the review
// page's first screen, which draws pages/); a "complete" save's resource folder (NAME_files/) is not a page.
for (const dir of ['pages', 'sites']) {
  for (const f of readdirSync(join(ROOT, 'fixtures', dir), { withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => d.name)
    .sort()) {
    it(`fixtures/${dir}/${f} gives its reviewed output`, () => {
      const rec = extractFile(join(ROOT, 'fixtures', dir, f));
      const expected = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'expected', `${dir}--${f.replace(/\.[^.]+$/, '')}.json`), 'utf8')) as unknown;
      expect(compactRecord(rec)).toEqual(expected);
    });
  }
}
