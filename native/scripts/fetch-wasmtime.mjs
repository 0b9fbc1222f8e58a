#!/usr/bin/env node
// Puts the Wasmtime C API shared library where CMakeLists.txt expects it:
//   .wasmtime/lib/libwasmtime.so   the library (the wheel's copy has no SONAME)
//   .wasmtime/include/             only when WASMTIME_HOME provides headers
//   .wasmtime/VERSION              the library's version, read from the source
//   .wasmtime/SOURCE               where it came from (to detect a changed source)
// Sources, in order: $WASMTIME_HOME (an unpacked C API release), else the
// `wasmtime` Python wheel fetched with `pip download`. Nothing is downloaded
// when the cache already matches the requested source.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WHEEL_VERSION = process.env.WASMTIME_WHEEL_VERSION ?? '49.0.0'; // which wheel to ask pip for
const root = fileURLToPath(new URL('../..', import.meta.url));
const cache = join(root, '.wasmtime');
const libDir = join(cache, 'lib');
const libFile = join(libDir, 'libwasmtime.so');
const versionFile = join(cache, 'VERSION');
const sourceFile = join(cache, 'SOURCE');

function log(msg) { process.stderr.write(`[fetch-wasmtime] ${msg}\n`); }
function fail(msg) { process.stderr.write(`[fetch-wasmtime] ERROR: ${msg}\n`); process.exit(1); }
function sleep(ms) { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms); }

function cacheMatches(source) {
  return existsSync(libFile) && existsSync(versionFile) && existsSync(sourceFile)
    && readFileSync(sourceFile, 'utf8') === source
    && /^\d+\.\d+\.\d+/.test(readFileSync(versionFile, 'utf8').trim());
}

function writeCache(source, version) {
  writeFileSync(versionFile, `${version}\n`);
  writeFileSync(sourceFile, source); // written last: marks the cache complete
  log(`Wasmtime ${version} ready in ${cache} (from ${source})`);
}

function findFiles(dir, pred, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) findFiles(p, pred, out); else if (pred(e.name, p)) out.push(p);
  }
  return out;
}

function fromHome(home) {
  const lib = join(home, 'lib', 'libwasmtime.so');
  const inc = join(home, 'include');
  if (!existsSync(lib) || !existsSync(join(inc, 'wasmtime.h'))) {
    fail(`WASMTIME_HOME=${home} does not look like an unpacked Wasmtime C API release `
      + `(need lib/libwasmtime.so and include/wasmtime.h).`);
  }
  const source = `WASMTIME_HOME:${home}`;
  if (cacheMatches(source)) { log('cache up to date (WASMTIME_HOME), nothing to do'); return; }
  let version;
  for (const h of findFiles(inc, (n) => n.endsWith('.h'))) {
    const m = /#define\s+WASMTIME_VERSION\s+"([^"]+)"/.exec(readFileSync(h, 'utf8'));
    if (m) { version = m[1]; break; }
  }
  if (!version) fail(`no WASMTIME_VERSION definition found under ${inc}`);
  rmSync(cache, { recursive: true, force: true });
  mkdirSync(libDir, { recursive: true });
  copyFileSync(lib, libFile);
  writeCache(source, version);
}

function fromWheel() {
  const source = `pip:wasmtime==${WHEEL_VERSION}`;
  if (cacheMatches(source)) { log('cache up to date, nothing to download'); return; }
  const tmp = mkdtempSync(join(tmpdir(), 'wasmtime-wheel-'));
  const tried = [];
  try {
    const py = ['python3', 'python'].find((p) => spawnSync(p, ['--version']).status === 0);
    if (!py) fail('WASMTIME_HOME is not set and no python3 was found to run `pip download`. '
      + 'Install python3 with pip, or set WASMTIME_HOME to an unpacked Wasmtime C API release.');
    let wheel;
    for (let attempt = 1; attempt <= 5 && !wheel; attempt++) {
      const args = ['-m', 'pip', 'download', `wasmtime==${WHEEL_VERSION}`, '--no-deps',
        '--only-binary=:all:', '-d', tmp];
      log(`attempt ${attempt}/5: ${py} ${args.join(' ')}`);
      const r = spawnSync(py, args, { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
      const found = readdirSync(tmp).filter((f) => f.endsWith('.whl'));
      if (r.status === 0 && found.length) { wheel = join(tmp, found[0]); break; }
      tried.push(`pip download attempt ${attempt}: exit ${r.status}: ${(r.stderr ?? '').trim().split('\n').slice(-2).join(' | ')}`);
      if (attempt < 5) sleep(2000 * attempt);
    }
    if (!wheel) {
      fail(`could not obtain the Wasmtime library.\nTried:\n  - WASMTIME_HOME (not set)\n  - ${tried.join('\n  - ')}\n`
        + 'Fix: set WASMTIME_HOME to an unpacked Wasmtime C API release (with lib/libwasmtime.so and '
        + `include/wasmtime.h), or make sure \`pip download wasmtime==${WHEEL_VERSION}\` can reach a package index.`);
    }
    const dest = join(tmp, 'x');
    const r = spawnSync('python3', ['-m', 'zipfile', '-e', wheel, dest], { stdio: 'inherit' });
    if (r.status !== 0) fail(`could not unzip ${wheel}`);
    const so = join(dest, 'wasmtime', 'linux-x86_64', '_libwasmtime.so');
    if (!existsSync(so)) fail(`${wheel} has no wasmtime/linux-x86_64/_libwasmtime.so (only linux-x86_64 is supported)`);
    const meta = findFiles(dest, (n, p) => n === 'METADATA' && p.includes('.dist-info'))[0];
    const version = meta && /^Version:\s*(\S+)/m.exec(readFileSync(meta, 'utf8'))?.[1];
    if (!version) fail(`no Version: line in the wheel's METADATA`);
    rmSync(cache, { recursive: true, force: true });
    mkdirSync(libDir, { recursive: true });
    copyFileSync(so, libFile);
    // Keep the wheel itself: the benchmark installs it into a venv to compare with wasmtime-py.
    copyFileSync(wheel, join(cache, readdirSync(tmp).find((f) => f.endsWith('.whl'))));
    writeCache(source, version);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const home = process.env.WASMTIME_HOME;
if (home) fromHome(home); else fromWheel();
