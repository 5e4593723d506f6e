#!/usr/bin/env node
'use strict';
// CommonJS on purpose: Node starts a CommonJS entry ~9 ms sooner than an ES module one, and
// `kzx --version` is asked by scripts on every run. It is answered without loading the CLI, which
// is loaded from its bundle (see src/tools/bundle.ts) with a V8 code cache (see code-cache.cjs).
if (process.argv.length === 3 && (process.argv[2] === '--version' || process.argv[2] === '-V')) {
  process.stdout.write(`${require('../package.json').version}\n`);
} else {
  Promise.resolve()
    .then(() => require('./code-cache.cjs').loadWithCodeCache(require('node:path').join(__dirname, '..', 'dist', 'bundle', 'main.cjs')))
    .then(({ main }) => main(process.argv))
    .catch((err) => {
      process.stderr.write(`kzx: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exitCode = 1;
    });
}
