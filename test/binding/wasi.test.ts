// The WASI section: configs, preopens (and the 49.0.0 preopen ABI), the
// sandbox, and the spec's WASI examples as plain TypeScript.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import * as w from '../../binding/index.ts';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { root, runNode } from './child.ts';
import { STDIN_WAT } from './fixtures/wasi_wat.ts';

const TESTDATA = join(root, 'testdata');
const INPUT = join(TESTDATA, 'wasm_job_input.txt');

// The spec's path_open guest (opens wasm_job_input.txt in preopen fd 3).
const PATH_OPEN_WAT = `(module
  (import "wasi_snapshot_preview1" "path_open"
    (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_read"
    (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_close"
    (func $fd_close (param i32) (result i32)))
  (memory 1)
  (export "memory" (memory 0))
  (data (i32.const 64) "wasm_job_input.txt")
  (func (export "run") (result i32)
    i32.const 3
    i32.const 0
    i32.const 64
    i32.const 18
    i32.const 0
    i64.const 2
    i64.const 0
    i32.const 0
    i32.const 32
    call $path_open
    drop
    i32.const 8
    i32.const 100
    i32.store
    i32.const 12
    i32.const 100
    i32.store
    i32.const 32
    i32.load
    i32.const 8
    i32.const 1
    i32.const 4
    call $fd_read
    drop
    i32.const 32
    i32.load
    call $fd_close
    drop
    i32.const 4
    i32.load))`;

function watString(s: string): string {
  return [...Buffer.from(s, 'utf8')].map((b) => '\\' + b.toString(16).padStart(2, '0')).join('');
}

/**
 * A guest working on `path` inside preopen fd 3. Exports (all () -> i32):
 *  write       create/truncate + write "written by wasm": 0, or 1000+errno (open) / 2000+errno (write)
 *  write_old   open an existing file for writing (no create), then write: same codes
 *  read        open for reading, read: bytes read, or 1000+errno / 2000+errno
 *  read_follow same, following symlinks
 *  mkdir       path_create_directory: 0 or 1000+errno
 * WASI errno: 2 EACCES, 44 ENOENT, 63 EPERM, 76 ENOTCAPABLE.
 */
function fsGuest(path: string): string {
  const len = Buffer.byteLength(path);
  return `(module
  (import "wasi_snapshot_preview1" "path_open"
    (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_close" (func $fd_close (param i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_create_directory"
    (func $mkdir (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 64) "${watString(path)}")
  (data (i32.const 512) "written by wasm")
  (func $open (param $dirflags i32) (param $oflags i32) (param $rights i64) (result i32)
    (call $path_open (i32.const 3) (local.get $dirflags) (i32.const 64) (i32.const ${len})
      (local.get $oflags) (local.get $rights) (i64.const 0) (i32.const 0) (i32.const 32)))
  (func $write (param $oflags i32) (result i32) (local $e i32)
    (local.set $e (call $open (i32.const 0) (local.get $oflags) (i64.const 64)))
    (if (local.get $e) (then (return (i32.add (i32.const 1000) (local.get $e)))))
    (i32.store (i32.const 8) (i32.const 512))
    (i32.store (i32.const 12) (i32.const 15))
    (local.set $e (call $fd_write (i32.load (i32.const 32)) (i32.const 8) (i32.const 1) (i32.const 4)))
    (drop (call $fd_close (i32.load (i32.const 32))))
    (if (local.get $e) (then (return (i32.add (i32.const 2000) (local.get $e)))))
    (i32.const 0))
  (func $read (param $dirflags i32) (result i32) (local $e i32)
    (local.set $e (call $open (local.get $dirflags) (i32.const 0) (i64.const 2)))
    (if (local.get $e) (then (return (i32.add (i32.const 1000) (local.get $e)))))
    (i32.store (i32.const 8) (i32.const 1024))
    (i32.store (i32.const 12) (i32.const 1000))
    (local.set $e (call $fd_read (i32.load (i32.const 32)) (i32.const 8) (i32.const 1) (i32.const 4)))
    (drop (call $fd_close (i32.load (i32.const 32))))
    (if (local.get $e) (then (return (i32.add (i32.const 2000) (local.get $e)))))
    (i32.load (i32.const 4)))
  (func (export "write") (result i32) (call $write (i32.const 9)))
  (func (export "write_old") (result i32) (call $write (i32.const 0)))
  (func (export "read") (result i32) (call $read (i32.const 0)))
  (func (export "read_follow") (result i32) (call $read (i32.const 1)))
  (func (export "mkdir") (result i32) (local $e i32)
    (local.set $e (call $mkdir (i32.const 3) (i32.const 64) (i32.const ${len})))
    (if (result i32) (local.get $e) (then (i32.add (i32.const 1000) (local.get $e))) (else (i32.const 0)))))`;
}

/** Instantiates `wat` with WASI configured by `configure`, calls `name` () -> i32. */
function runWasi(wat: string, name: string, configure: (c: w.WasiConfig) => void): number {
  const engine = w.engine_new();
  const store = w.wasmtime_store_new(engine);
  const context = w.wasmtime_store_context(store);
  const wasi = w.wasi_config_new_or_raise();
  try {
    configure(wasi);
  } catch (e) {
    w.wasi_config_delete(wasi);
    w.wasmtime_store_delete(store);
    w.engine_delete(engine);
    throw e;
  }
  w.context_set_wasi_or_raise(context, wasi);
  const linker = w.linker_new(engine);
  w.linker_define_wasi_or_raise(linker);
  const module = w.module_new_from_wat_or_raise(engine, wat);
  try {
    const instance = w.linker_instantiate_or_raise(linker, context, module);
    const func = w.instance_export_func_or_raise(context, instance, name);
    const results = w.make_val_buffer(1);
    w.func_call_sync_or_raise(context, func, w.make_val_buffer(0), results);
    return w.val_buffer_get_i32(results, 0);
  } finally {
    w.module_delete(module);
    w.linker_delete(linker);
    w.wasmtime_store_delete(store);
    w.engine_delete(engine);
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'wasi-test-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
let dirs = 0;
/** A fresh directory with `box/` (to preopen, holding existing.txt) and `outside.txt` next to it. */
function sandbox() {
  const base = join(scratch, `s${dirs++}`);
  const box = join(base, 'box');
  mkdirSync(box, { recursive: true });
  writeFileSync(join(box, 'existing.txt'), 'inside');
  writeFileSync(join(base, 'outside.txt'), 'SECRET outside the preopen');
  return { base, box };
}
const RO = { dir_perms: w.WASI_DIR_PERMS_READ, file_perms: w.WASI_FILE_PERMS_READ };
const RW = {
  dir_perms: w.WASI_DIR_PERMS_READ | w.WASI_DIR_PERMS_WRITE,
  file_perms: w.WASI_FILE_PERMS_READ | w.WASI_FILE_PERMS_WRITE,
};

describe('spec examples (WASI)', () => {
  it('WASI config + sync call (POC)', () => {
    const wat = STDIN_WAT;
    const engine = w.engine_new();
    const store = w.wasmtime_store_new(engine);
    const context = w.wasmtime_store_context(store);
    const wasi = w.wasi_config_new_or_raise();
    w.wasi_config_set_stdin_file_or_raise(wasi, INPUT);
    w.context_set_wasi_or_raise(context, wasi);
    const linker = w.linker_new(engine);
    w.linker_define_wasi_or_raise(linker);
    const module_val = w.module_new_from_wat_or_raise(engine, wat);
    const instance = w.linker_instantiate_or_raise(linker, context, module_val);
    const func = w.instance_export_func_or_raise(context, instance, 'run');
    const args = w.make_val_buffer(0);
    const results = w.make_val_buffer(1);
    const trap_ptr = w.make_ptr_buffer();
    const err_ptr = w.make_ptr_buffer();
    const call_res = w.func_call_sync_result_autoclean(context, func, args, results, trap_ptr, err_ptr);
    if (call_res.tag === 'Ok') assert.equal(w.val_buffer_get_i32(results, 0), 5);
    else throw call_res.error;
    w.module_delete(module_val);
    w.linker_delete(linker);
    w.wasmtime_store_delete(store);
    w.engine_delete(engine);
  });

  it('WASI preopen dir + path_open (POC)', () => {
    const engine = w.engine_new();
    const store = w.wasmtime_store_new(engine);
    const context = w.wasmtime_store_context(store);
    const wasi = w.wasi_config_new_or_raise();
    w.wasi_config_preopen_dir_or_raise(wasi, TESTDATA, {
      guest_path: '.', dir_perms: w.WASI_DIR_PERMS_READ, file_perms: w.WASI_FILE_PERMS_READ,
    });
    w.context_set_wasi_or_raise(context, wasi);
    const linker = w.linker_new(engine);
    w.linker_define_wasi_or_raise(linker);
    const module_val = w.module_new_from_wat_or_raise(engine, PATH_OPEN_WAT);
    const instance = w.linker_instantiate_or_raise(linker, context, module_val);
    const func = w.instance_export_func_or_raise(context, instance, 'run');
    const results = w.make_val_buffer(1);
    const call_res = w.func_call_sync_result_autoclean(context, func, w.make_val_buffer(0), results,
      w.make_ptr_buffer(), w.make_ptr_buffer());
    if (call_res.tag === 'Ok') assert.equal(w.val_buffer_get_i32(results, 0), 5);
    else throw call_res.error;
    w.module_delete(module_val);
    w.linker_delete(linker);
    w.wasmtime_store_delete(store);
    w.engine_delete(engine);
  });
});

describe('preopen permissions (the 49.0.0 four-argument ABI)', () => {
  it('a read-only preopen refuses to create or write a file, but reads', () => {
    const { box } = sandbox();
    const ro = (name: string, path: string) =>
      runWasi(fsGuest(path), name, (c) => w.wasi_config_preopen_dir_or_raise(c, box, RO));
    assert.equal(ro('read', 'existing.txt'), 6, 'control: reading works');
    const created = ro('write', 'new.txt');
    assert.ok(created > 1000, `create must fail, got ${created}`);
    assert.equal(existsSync(join(box, 'new.txt')), false);
    const overwrite = ro('write_old', 'existing.txt');
    assert.ok(overwrite > 1000, `writing an existing file must fail, got ${overwrite}`);
    assert.equal(readFileSync(join(box, 'existing.txt'), 'utf8'), 'inside');
    assert.ok(ro('mkdir', 'sub') > 1000);
    assert.equal(existsSync(join(box, 'sub')), false);
  });

  it('the default permissions are read-only too', () => {
    const { box } = sandbox();
    assert.equal(runWasi(fsGuest('existing.txt'), 'read', (c) => w.wasi_config_preopen_dir_or_raise(c, box)), 6);
    assert.ok(runWasi(fsGuest('new.txt'), 'write', (c) => w.wasi_config_preopen_dir_or_raise(c, box)) > 1000);
    assert.equal(existsSync(join(box, 'new.txt')), false);
  });

  it('a writable preopen allows creating and writing files', () => {
    const { box } = sandbox();
    const rw = (name: string, path: string) =>
      runWasi(fsGuest(path), name, (c) => w.wasi_config_preopen_dir_or_raise(c, box, RW));
    assert.equal(rw('write', 'new.txt'), 0);
    assert.equal(readFileSync(join(box, 'new.txt'), 'utf8'), 'written by wasm');
    assert.equal(rw('write_old', 'existing.txt'), 0);
    assert.equal(readFileSync(join(box, 'existing.txt'), 'utf8'), 'written by wasm');
    assert.equal(rw('mkdir', 'sub'), 0);
    assert.equal(existsSync(join(box, 'sub')), true);
  });

  it('guest_path names the preopen (fd_prestat_dir_name)', () => {
    const { box } = sandbox();
    // Returns (name length << 8) | first byte of the name of preopen fd 3.
    const prestat = `(module
      (import "wasi_snapshot_preview1" "fd_prestat_get" (func $get (param i32 i32) (result i32)))
      (import "wasi_snapshot_preview1" "fd_prestat_dir_name" (func $name (param i32 i32 i32) (result i32)))
      (memory (export "memory") 1)
      (func (export "run") (result i32)
        (drop (call $get (i32.const 3) (i32.const 0)))
        (drop (call $name (i32.const 3) (i32.const 256) (i32.load (i32.const 4))))
        (i32.or (i32.shl (i32.load (i32.const 4)) (i32.const 8)) (i32.load8_u (i32.const 256)))))`;
    const named = (opts?: { guest_path?: string }) =>
      runWasi(prestat, 'run', (c) => w.wasi_config_preopen_dir_or_raise(c, box, opts));
    assert.equal(named(), (1 << 8) | '.'.charCodeAt(0));
    assert.equal(named({ guest_path: 'data' }), (4 << 8) | 'd'.charCodeAt(0));
    assert.equal(named({ guest_path: '/sandbox/x' }), (10 << 8) | '/'.charCodeAt(0));
    // Paths are resolved relative to fd 3 whatever its name.
    assert.equal(runWasi(fsGuest('existing.txt'), 'read',
      (c) => w.wasi_config_preopen_dir_or_raise(c, box, { guest_path: 'data' })), 6);
  });

  it('combinations 49.0.0 cannot express raise, saying so', () => {
    const wasi = w.wasi_config_new_or_raise();
    const { READ, WRITE } = { READ: 1, WRITE: 2 };
    for (const [dir_perms, file_perms] of [[READ, READ | WRITE], [READ | WRITE, READ], [WRITE, WRITE], [0, 0],
      [READ | WRITE, WRITE]]) {
      assert.throws(() => w.wasi_config_preopen_dir_or_raise(wasi, TESTDATA, { dir_perms, file_perms }),
        (e: Error) => e instanceof w.Failure && /cannot be expressed by Wasmtime 49\.0\.0/.test(e.message)
          && e.message.includes(`dir_perms=${dir_perms}, file_perms=${file_perms}`));
    }
    assert.throws(() => w.wasi_config_preopen_dir_or_raise(wasi, TESTDATA, { dir_perms: 4 }), /must be a combination/);
    w.wasi_config_delete(wasi);
  });
});

describe('sandbox', () => {
  it('cannot open ../ or an absolute path outside the preopen', () => {
    const { box, base } = sandbox();
    const rw = (name: string, path: string) =>
      runWasi(fsGuest(path), name, (c) => w.wasi_config_preopen_dir_or_raise(c, box, RW));
    assert.equal(rw('read', 'existing.txt'), 6, 'control');
    for (const path of ['../outside.txt', 'sub/../../outside.txt', join(base, 'outside.txt'), '/etc/passwd']) {
      const r = rw('read', path);
      assert.ok(r > 1000 && r < 2000, `${path}: open must fail, got ${r}`);
    }
    assert.ok(rw('write', '../escaped.txt') > 1000);
    assert.equal(existsSync(join(base, 'escaped.txt')), false);
  });

  it('cannot follow a symlink out of the preopen', () => {
    const { box, base } = sandbox();
    symlinkSync(join(base, 'outside.txt'), join(box, 'abs-link'));
    symlinkSync('../outside.txt', join(box, 'rel-link'));
    symlinkSync('existing.txt', join(box, 'inner-link'));
    const rw = (name: string, path: string) =>
      runWasi(fsGuest(path), name, (c) => w.wasi_config_preopen_dir_or_raise(c, box, RW));
    assert.equal(rw('read_follow', 'inner-link'), 6, 'control: a symlink inside the preopen is followed');
    for (const link of ['abs-link', 'rel-link']) {
      for (const how of ['read', 'read_follow']) {
        const r = rw(how, link);
        assert.ok(r > 1000 && r < 2000, `${how} ${link} must fail, got ${r}`);
      }
      assert.ok(rw('write', link) > 1000);
    }
    assert.equal(readFileSync(join(base, 'outside.txt'), 'utf8'), 'SECRET outside the preopen');
  });

  it('a missing stdin file or preopen directory raises at configuration time, naming the path', () => {
    const wasi = w.wasi_config_new_or_raise();
    const missing = join(scratch, 'no-such-file.txt');
    assert.throws(() => w.wasi_config_set_stdin_file_or_raise(wasi, missing),
      (e: Error) => e instanceof w.Failure && e.message.includes(missing) && /no such file/i.test(e.message));
    const noDir = join(scratch, 'no-such-dir');
    assert.throws(() => w.wasi_config_preopen_dir_or_raise(wasi, noDir),
      (e: Error) => e instanceof w.Failure && e.message.includes(noDir) && /no such file/i.test(e.message));
    assert.throws(() => w.wasi_config_preopen_dir_or_raise(wasi, INPUT), /not a directory/);
    assert.throws(() => w.wasi_config_set_stdin_file_or_raise(wasi, TESTDATA), /is a directory/);
    // A FIFO would block the opening thread until a writer appears.
    const fifo = join(scratch, 'fifo');
    execFileSync('mkfifo', [fifo]);
    assert.throws(() => w.wasi_config_set_stdin_file_or_raise(wasi, fifo), /is a FIFO/);
    assert.throws(() => w.wasi_job_spawn_wat_or_raise(STDIN_WAT, 'run', fifo), /is a FIFO/);
    w.wasi_config_delete(wasi);
  });
});

describe('WASI configs', () => {
  it('context_set_wasi_or_raise consumes the config', () => {
    const engine = w.engine_new();
    const store = w.wasmtime_store_new(engine);
    const context = w.wasmtime_store_context(store);
    const wasi = w.wasi_config_new_or_raise();
    w.context_set_wasi_or_raise(context, wasi);
    assert.throws(() => w.wasi_config_inherit_stdin(wasi), /was consumed by context_set_wasi_or_raise/);
    assert.throws(() => w.context_set_wasi_or_raise(context, wasi), /was consumed by context_set_wasi_or_raise/);
    assert.throws(() => w.wasi_config_delete(wasi), /was consumed/);
    w.wasmtime_store_delete(store);
    w.engine_delete(engine);
    const d = w.wasi_config_new_or_raise();
    w.wasi_config_delete(d);
    assert.throws(() => w.wasi_config_set_stdin_bytes(d, new Uint8Array(1)), /already been deleted/);
  });

  it('stdin bytes, argv and env reach the guest; stdout and stderr go to files', () => {
    assert.equal(runWasi(STDIN_WAT, 'run', (c) => w.wasi_config_set_stdin_bytes(c, new TextEncoder().encode('abc'))), 3);
    const counts = `(module
      (import "wasi_snapshot_preview1" "args_sizes_get" (func $args (param i32 i32) (result i32)))
      (import "wasi_snapshot_preview1" "environ_sizes_get" (func $env (param i32 i32) (result i32)))
      (memory (export "memory") 1)
      (func (export "argc") (result i32) (drop (call $args (i32.const 0) (i32.const 4))) (i32.load (i32.const 0)))
      (func (export "argbytes") (result i32) (drop (call $args (i32.const 0) (i32.const 4))) (i32.load (i32.const 4)))
      (func (export "envc") (result i32) (drop (call $env (i32.const 0) (i32.const 4))) (i32.load (i32.const 0))))`;
    assert.equal(runWasi(counts, 'argc', (c) => w.wasi_config_set_argv_or_raise(c, ['prog', 'a', 'bc'])), 3);
    assert.equal(runWasi(counts, 'argbytes', (c) => w.wasi_config_set_argv_or_raise(c, ['prog', 'a', 'bc'])),
      5 + 2 + 3);
    assert.equal(runWasi(counts, 'envc', (c) => w.wasi_config_set_env_or_raise(c, [['A', '1'], ['B', 'two']])), 2);
    assert.equal(runWasi(counts, 'argc', () => undefined), 0);
    const envCount = Object.keys(process.env).length;
    assert.equal(runWasi(counts, 'envc', (c) => w.wasi_config_inherit_env(c)), envCount);
    // The host's real argv (node's flags included), as the OS has it.
    const osArgv = readFileSync('/proc/self/cmdline', 'utf8').split('\0').filter((_, i, all) => i < all.length - 1);
    assert.equal(runWasi(counts, 'argc', (c) => w.wasi_config_inherit_argv(c)), osArgv.length);
    assert.throws(() => runWasi(counts, 'envc', (c) => w.wasi_config_set_env_or_raise(c, [['A=B', '1']])),
      /invalid environment variable name/);
    assert.throws(() => runWasi(counts, 'envc', (c) => w.wasi_config_set_argv_or_raise(c, ['a\0b'])), /NUL/);

    const printer = (fd: number) => `(module
      (import "wasi_snapshot_preview1" "fd_write" (func $w (param i32 i32 i32 i32) (result i32)))
      (memory (export "memory") 1)
      (data (i32.const 64) "hello ${fd}\\n")
      (func (export "run") (result i32)
        (i32.store (i32.const 8) (i32.const 64)) (i32.store (i32.const 12) (i32.const 8))
        (call $w (i32.const ${fd}) (i32.const 8) (i32.const 1) (i32.const 4))))`;
    const { base } = sandbox();
    const out = join(base, 'out.txt');
    const err = join(base, 'err.txt');
    assert.equal(runWasi(printer(1), 'run', (c) => w.wasi_config_set_stdout_file_or_raise(c, out)), 0);
    assert.equal(runWasi(printer(2), 'run', (c) => w.wasi_config_set_stderr_file_or_raise(c, err)), 0);
    assert.equal(readFileSync(out, 'utf8'), 'hello 1\n');
    assert.equal(readFileSync(err, 'utf8'), 'hello 2\n');
    const bad = join(base, 'no-such-dir', 'out.txt');
    assert.throws(() => runWasi(printer(1), 'run', (c) => w.wasi_config_set_stdout_file_or_raise(c, bad)),
      (e: Error) => e instanceof w.Failure && e.message.includes(bad));
  });

  it('inherit_stdout / inherit_stderr write to the host process streams (child process)', async () => {
    const script = join(scratch, 'inherit.ts');
    writeFileSync(script, `
      import * as w from ${JSON.stringify(pathToFileURL(join(root, 'binding', 'index.ts')).href)};
      for (const fd of [1, 2]) {
        const engine = w.engine_new();
        const store = w.wasmtime_store_new(engine);
        const context = w.wasmtime_store_context(store);
        const wasi = w.wasi_config_new_or_raise();
        if (fd === 1) w.wasi_config_inherit_stdout(wasi); else w.wasi_config_inherit_stderr(wasi);
        w.context_set_wasi_or_raise(context, wasi);
        const linker = w.linker_new(engine);
        w.linker_define_wasi_or_raise(linker);
        const m = w.module_new_from_wat_or_raise(engine, \`(module
          (import "wasi_snapshot_preview1" "fd_write" (func $w (param i32 i32 i32 i32) (result i32)))
          (memory (export "memory") 1)
          (data (i32.const 64) "from wasm \${fd}\\\\n")
          (func (export "run") (result i32)
            (i32.store (i32.const 8) (i32.const 64)) (i32.store (i32.const 12) (i32.const 12))
            (call $w (i32.const \${fd}) (i32.const 8) (i32.const 1) (i32.const 4))))\`);
        const f = w.instance_export_func_or_raise(context, w.linker_instantiate_or_raise(linker, context, m), 'run');
        w.func_call_sync_or_raise(context, f, w.make_val_buffer(0), w.make_val_buffer(1));
      }
    `);
    const r = await runNode([script]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'from wasm 1\n');
    assert.equal(r.stderr, 'from wasm 2\n');
  });

  it('WASI on an async store: instantiate and call through func_call_async', () => {
    const [engine, store, context] = w.async_context_new(4 * 1024 * 1024);
    const wasi = w.wasi_config_new_or_raise();
    w.wasi_config_set_stdin_file_or_raise(wasi, INPUT);
    w.context_set_wasi_or_raise(context, wasi);
    const linker = w.linker_new(engine);
    w.linker_define_wasi_or_raise(linker);
    const module = w.module_new_from_wat_or_raise(engine, STDIN_WAT);
    const instance = w.linker_instantiate_or_raise(linker, context, module);
    const func = w.instance_export_func_or_raise(context, instance, 'run');
    const results = w.make_val_buffer(1);
    const f = w.func_call_async(context, func, w.make_val_buffer(0), results, w.make_ptr_buffer(), w.make_ptr_buffer());
    while (!w.call_future_poll(f)) { /* */ }
    w.call_future_delete(f);
    assert.equal(w.val_buffer_get_i32(results, 0), 5);
    w.module_delete(module);
    w.linker_delete(linker);
    w.async_context_delete(engine, store);
  });
});
