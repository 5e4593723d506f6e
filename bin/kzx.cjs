#!/usr/bin/env node
'use strict';
// CommonJS on purpose: Node starts a CommonJS entry ~9 ms sooner than an ES module one, and
// `kzx --version` is asked by scripts on every run. It is answered without loading the CLI, which
// is loaded from its bundle (see src/tools/bundle.ts) with a V8 code cache (see code-cache.cjs).
if (process.argv.length === 3 && (process.argv[2] === '--version' || process.argv[2] === '-V')) {
  process.stdout.write(`${require('../package.json').version}\n`);
} else {
  // V8 first compiles a regular expression to bytecode and, on its second run, again to machine
  // code. kzx's rules are hundreds of expressions, most with Unicode classes that are costly to
  // compile, and a small file runs most of them only a few times: compiling each straight to machine
  // code saves ~150 M instructions (a sixth) of a small file's run, and long runs need the machine
  // code anyway. Set before any expression is compiled; V8's flags hold for the workers too.
  // Node's built-in modules come compiled from a code cache that is valid only for V8's default
  // flags: the ones every run loads are loaded first, or each would be compiled from source and
  // cached anew (~30 M instructions).
  for (const name of ['node:crypto', 'node:os', 'node:perf_hooks', 'node:process', 'node:stream/promises', 'node:vm']) require(name);
  // Their getters make the streams, loading the modules of a file's, a pipe's or a terminal's.
  void process.stdout;
  void process.stderr;
  require('node:v8').setFlagsFromString('--no-regexp-tier-up');
  Promise.resolve()
    .then(() => require('./code-cache.cjs').loadWithCodeCache(require('node:path').join(__dirname, '..', 'dist', 'bundle', 'main.cjs')))
    .then(({ main }) => main(process.argv))
    .catch((err) => {
      process.stderr.write(`kzx: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exitCode = 1;
    });
}
