/**
 * Build step: bundles the command line's code into a few files in dist/bundle/ (esbuild), which
 * bin/kzx.cjs loads instead of the ~150 modules of dist/. Node resolves, opens, reads and compiles
 * each ES module on its own; one small file's run spent a fifth of its start-up on that. The worker
 * and the reading thread are entry points too, so `new URL('./worker.js', import.meta.url)` finds
 * them beside the bundle, and code they share with the main thread sits in shared chunks, loaded
 * only by the threads that need it (the extraction code only where a batch runs). Packages stay
 * outside (resolved from node_modules as before); the bundle sits two folders below the package
 * root like dist/cli/main.js, so paths relative to it (package.json, schemas/) still hold.
 * The library (dist/index.js) is not bundled: an importer's own bundler does that.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const DIST = join(import.meta.dirname, '..');
const OUT = join(DIST, 'bundle');

rmSync(OUT, { recursive: true, force: true });
await build({
  entryPoints: {
    main: join(DIST, 'cli', 'main.js'),
    worker: join(DIST, 'worker.js'),
    'reading-thread': join(DIST, 'read', 'reading-thread.js'),
  },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  outdir: OUT,
  logLevel: 'warning',
});
