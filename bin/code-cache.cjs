'use strict';
// Loads a CommonJS bundle with a V8 code cache: V8 then skips parsing and compiling the bundle, and
// the functions the first run compiled come compiled (~30 ms of one small file's run). The main
// thread loads main.cjs; each worker thread worker.cjs (through worker-boot.cjs), whose cache a
// worker writes under the compiler flags workers run with.
// The cache sits beside the bundle (KZX_CODE_CACHE_DIR elsewhere; empty: no cache) as
// `<bundle>.cache`: a header line naming the format, Node's version, the architecture, the build id
// the bundle opens with (`// kzx-build <hash of its text>`, written by src/tools/bundle.ts; a bundle
// without one gets no cache), the scope of the code the writing run compiled, and the SHA-1 of the
// cached data (V8 checks only its length), then the data. A cache whose line does not match, or that
// V8 rejects (other V8 flags), is ignored and rewritten (once the main thread has extracted its first
// document, or at exit), and so is one of a narrower scope than this run's (the bundle's
// `codeCacheScope()`: written after `kzx --help`, it lacks the extraction code a small extraction
// then compiles every time); a cache that cannot be written (a read-only install) is left out
// silently. Written to a temporary file and renamed, so a reader never sees half of one.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');
const { isAscii } = require('node:buffer');
const { hash } = require('node:crypto');

const FORMAT = 'kzx-code-cache 3';
const BUILD_LINE = /^\/\/ kzx-build ([0-9a-f]+)\n/;
/** Scopes from narrowest to widest. */
const SCOPES = ['cli', 'extract'];

function cachePath(file) {
  const dir = process.env.KZX_CODE_CACHE_DIR ?? path.dirname(file);
  return dir === '' ? undefined : path.join(dir, `${path.basename(file)}.cache`);
}

/** The cached data in `bytes` and its scope, if it was made for this source by this Node, else undefined. */
function validData(bytes, sourceKey) {
  const newline = bytes.indexOf(10);
  if (newline < 0) return undefined;
  const data = bytes.subarray(newline + 1);
  const line = bytes.toString('latin1', 0, newline);
  // Hashed once, not once per scope: ~10 M instructions for the ~1 MB of data.
  const sum = hash('sha1', data);
  for (const scope of SCOPES) if (line === `${sourceKey} ${scope} ${sum}`) return { data, scope };
  return undefined;
}

function writeCache(where, key, script) {
  // Workers of one process share its pid and may write at once: each its own temporary file.
  const tmp = `${where}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    const data = script.createCachedData();
    fs.writeFileSync(tmp, Buffer.concat([Buffer.from(`${key} ${hash('sha1', data)}\n`, 'latin1'), data]));
    fs.renameSync(tmp, where);
  } catch {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // the folder itself is missing or not one
    }
  }
}

function loadWithCodeCache(file) {
  const bytes = fs.readFileSync(file);
  // The build writes the bundle in ASCII, which decodes as Latin-1 by a plain copy into a one-byte string.
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const build = BUILD_LINE.exec(source)?.[1];
  const sourceKey = `${FORMAT} ${process.version} ${process.arch} ${build}`;
  const where = build === undefined ? undefined : cachePath(file);
  let cached;
  if (where !== undefined) {
    try {
      cached = validData(fs.readFileSync(where), sourceKey);
    } catch {
      // no cache yet, or unreadable: compiled as without one
    }
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData: cached?.data });
  const mod = new Module(file, module);
  let written = false;
  // The bundle's scope; undefined: write none (the run changed V8's flags, under which a cache is made).
  const scopeNow = () => (typeof mod.exports.codeCacheScope === 'function' ? mod.exports.codeCacheScope() : SCOPES[0]);
  const write = (scope) => {
    if (written || scope === undefined || (cached !== undefined && !script.cachedDataRejected && SCOPES.indexOf(scope) <= SCOPES.indexOf(cached.scope))) return;
    written = true;
    writeCache(where, `${sourceKey} ${scope}`, script);
  };
  // At exit, so that the cache also holds the functions this run compiled.
  if (where !== undefined) process.once('exit', () => write(scopeNow()));
  mod.filename = file;
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  mod.loaded = true;
  // Or once the first document is extracted here: the cache then holds what an extraction needs, and
  // not the rarer rules a long run goes on to compile, which a small file would load for nothing
  // (written at the end of a 20,000-document run it held ~13% more, ~25 M instructions of a small
  // file's ~390 M). So a small file loads the same cache whichever run wrote it.
  if (where !== undefined && typeof mod.exports.onFirstDocumentHere === 'function') mod.exports.onFirstDocumentHere(() => write(scopeNow()));
  return mod.exports;
}

module.exports = { loadWithCodeCache };
