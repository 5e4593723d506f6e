/**
 * Build step: bundles the command line's code into dist/bundle/ (esbuild), which bin/kzx.cjs loads
 * instead of the ~150 modules of dist/. Node resolves, opens, reads and compiles each ES module on
 * its own; one small file's run spent a fifth of its start-up on that.
 * - The main thread's code is one CommonJS file, main.cjs: a CommonJS script can be compiled with a
 *   V8 code cache (bin/code-cache.cjs), an ES module cannot in Node 20, and one file is one read and
 *   one compile. It must not `import()` a package (checked below). Modules the CLI imports with `import()` stay lazy: esbuild wraps each in a function
 *   run on first import.
 * - The worker and the reading thread are ES module entry points with shared chunks, beside
 *   main.cjs, so `new URL('./worker.js', import.meta.url)` finds them; they load only when started.
 * Packages stay outside (resolved from node_modules), but for commander in main.cjs. The bundle sits two folders below the package
 * root like dist/cli/main.js, so paths relative to it (package.json, schemas/) still hold.
 * The library (dist/index.js) is not bundled: an importer's own bundler does that.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { COMPILED_PATH } from '../schema/validate.js';

const DIST = join(import.meta.dirname, '..');
const OUT = join(DIST, 'bundle');
const common = { bundle: true, platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning' } as const;

rmSync(OUT, { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { worker: join(DIST, 'worker.js'), 'reading-thread': join(DIST, 'read', 'reading-thread.js') },
  splitting: true,
  format: 'esm',
  outdir: OUT,
});

/**
 * commander requires node:child_process at load (~11 ms of start-up: it pulls in net, dgram and
 * more), for executable subcommands, which kzx has none of. Inside the bundle its require gets a
 * stand-in that loads the real module on the first spawn.
 */
const lazyChildProcess: Plugin = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(?:node:)?child_process$/ }, (args) => (args.importer.includes(`${sep}commander${sep}`) ? { path: 'child_process', namespace: 'lazy' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({ contents: 'exports.spawn = (...args) => require("node:child_process").spawn(...args);', loader: 'js' }));
  },
};
/**
 * The record validator (schemas/record.validator.cjs, ~120 KB of generated code, written by
 * compile-validator before this step) goes inside main.cjs: required from its own file it was
 * parsed and compiled on every run (~40 M instructions, a twentieth of one small file's run),
 * while inside the bundle it comes compiled from the code cache. The library keeps reading it
 * from schemas/.
 */
const VALIDATOR_LOAD = 'createRequire(import.meta.url)(COMPILED_PATH)';
const bundledValidator: Plugin = {
  name: 'bundled-validator',
  setup(b) {
    b.onLoad({ filter: /[\\/]schema[\\/]validate\.js$/ }, (args) => {
      const code = readFileSync(args.path, 'utf8');
      if (!code.includes(VALIDATOR_LOAD)) throw new Error(`${args.path}: no \`${VALIDATOR_LOAD}\` to bundle the validator in place of`);
      return { contents: code.replace(VALIDATOR_LOAD, `require(${JSON.stringify(COMPILED_PATH)})`), loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};
const BUNDLED_PACKAGES = new Set(['commander', 'csv-stringify']);
const { dependencies } = JSON.parse(readFileSync(join(DIST, '..', 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

/** The CommonJS files bin/code-cache.cjs loads with a V8 code cache: the main thread's and a worker's. */
const CODE_CACHED = ['main.cjs', 'worker.cjs'];
/**
 * How both are built: commander and csv-stringify, which every run loads, are bundled (parsed and
 * compiled with the rest, from the code cache; and see lazyChildProcess); other packages stay
 * outside. CommonJS has no import.meta: the file's own URL stands in for it.
 */
const codeCached = {
  ...common,
  packages: undefined,
  external: Object.keys(dependencies).filter((name) => !BUNDLED_PACKAGES.has(name)),
  format: 'cjs',
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: 'const importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
} as const;

await build({
  ...codeCached,
  entryPoints: [join(DIST, 'cli', 'main.js')],
  plugins: [lazyChildProcess, bundledValidator],
  outfile: join(OUT, 'main.cjs'),
  // Workers start from worker-boot.cjs (below).
  define: { ...codeCached.define, KZX_WORKER_ENTRY: '"./worker-boot.cjs"' },
});
/**
 * A worker's code as one CommonJS file as well, started through worker-boot.cjs, which loads it with
 * its own code cache (bin/code-cache.cjs; worker.cjs.cache, written by a worker after its first
 * document, under the flags workers run with): as an ES module each worker parsed and compiled its
 * ~800 KB chunk anew, ~270 M instructions of its start (callgrind). The ES module entry stays for the
 * reading thread and for the library's workers.
 */
await build({ ...codeCached, entryPoints: [join(DIST, 'worker.js')], plugins: [bundledValidator], outfile: join(OUT, 'worker.cjs') });
writeFileSync(
  join(OUT, 'worker-boot.cjs'),
  `'use strict';\n// A worker thread's entry (see src/tools/bundle.ts): its code from worker.cjs, with a V8 code cache.\nrequire('../../bin/code-cache.cjs').loadWithCodeCache(require('node:path').join(__dirname, 'worker.cjs'));\n`,
);

// bin/code-cache.cjs compiles main.cjs and worker.cjs as vm.Scripts, which have no loader for import(): packages are required.
for (const name of CODE_CACHED) {
  const dynamicImport = /\bimport\(\s*["'][^"']+["']\s*\)/.exec(readFileSync(join(OUT, name), 'utf8'));
  if (dynamicImport !== null) throw new Error(`dist/bundle/${name}: ${dynamicImport[0]} cannot run under bin/code-cache.cjs; require the package instead`);
}

/**
 * Every output in ASCII: esbuild escapes strings but leaves regular expression literals, tagged
 * templates and comments in UTF-8, and the rules are full of Cyrillic. Node decodes a file with
 * any non-ASCII byte through the slow UTF-8 path into a two-byte string: 12 ms of each start for
 * main.cjs. An escape (\uXXXX, one per UTF-16 unit) means the same character in a string, a
 * template, a regular expression with or without the u flag (a pair of escaped surrogates is one
 * code point there) and in a pattern source built with String.raw; only a `source` read back as
 * text would differ, and kzx composes sources only into new patterns.
 */
const toAscii = (code: string): string =>
  // A unit after an odd run of backslashes was escaped as itself (`\—` means `—`): that backslash goes.
  code.replace(/(\\*)([^\0-\x7f])/g, (_, slashes: string, unit: string) => `${slashes.length % 2 === 1 ? slashes.slice(1) : slashes}\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
for (const name of readdirSync(OUT)) {
  const file = join(OUT, name);
  const code = toAscii(readFileSync(file, 'utf8'));
  // main.cjs and worker.cjs open with the hash of their text, which bin/code-cache.cjs keys a cache on instead of reading the whole text.
  writeFileSync(file, CODE_CACHED.includes(name) ? `// kzx-build ${createHash('sha256').update(code).digest('hex').slice(0, 32)}\n${code}` : code);
}
