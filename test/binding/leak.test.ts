// 100,000 create/delete cycles each of engines, stores and modules must not
// grow the process's memory. Modules go through module_deserialize_or_raise:
// compiling a module from WAT costs ~0.5 ms, so 100k compiles would take close
// to a minute; a smaller compile phase (N/200 cycles) still runs and is bounded.
// Dropped serializations, trapping async calls and async instantiations must
// not either. Each runs in a process of its own, all at once.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { caseResult, resultOf, runCases, runNode } from './child.ts';

describe('leaks', { concurrency: true }, () => {
  it('100k create/delete cycles of engine, store and module do not leak', async () => {
    const r = await runNode(['test/binding/fixtures/leak.ts', '100000'], 120_000);
    assert.equal(r.signal, null, r.stderr);
    assert.equal(r.code, 0, r.stderr);
    const phases = resultOf(r) as unknown as Array<{ name: string; cycles: number; ms: number; rssGrowthMB: number }>;
    console.log(phases.map((p) => `${p.name}: ${p.cycles} cycles, ${p.ms} ms, RSS +${p.rssGrowthMB} MiB`).join('\n'));
    assert.equal(phases.length, 4);
    for (const p of phases) {
      // A leak of even 256 bytes per cycle would add 24 MiB over 100k cycles.
      assert.ok(p.rssGrowthMB < 24, `${p.name}: RSS grew by ${p.rssGrowthMB} MiB over ${p.cycles} cycles`);
    }
  });

  it('serialized modules that are dropped leave nothing behind', async () => {
    const got = caseResult((await runCases('test/binding/fixtures/leak_native.ts', ['serialize_and_drop'])).get('serialize_and_drop'));
    console.log(`serialize+drop: ${got.cycles} distinct modules, ${got.ms} ms, RSS +${got.rssGrowthMB} MiB`);
    // Each serialization of these modules is about 11 KiB: keeping them would add 16 MiB.
    assert.ok(Number(got.rssGrowthMB) < 8, `RSS grew by ${got.rssGrowthMB} MiB`);
  });

  it('dropped async calls that trap free their traps with their buffers', async () => {
    const name = 'dropped_trapping_async_calls';
    const got = caseResult((await runCases('test/binding/fixtures/leak_native.ts', [name])).get(name));
    console.log(`trapping async calls: ${got.cycles} calls, ${got.ms} ms, RSS +${got.rssGrowthMB} MiB; live tokens `
      + `${got.tokensBeforeCollection} before one collection, ${got.tokensAfterOneCollection} after`);
    assert.ok(Number(got.rssGrowthMB) < 24, `RSS grew by ${got.rssGrowthMB} MiB`);
    assert.equal(got.tokensBeforeCollection, 10_000);
    assert.equal(got.tokensAfterOneCollection, 0);
  });

  it('dropped async instantiations free the linker, module, instance-pre and host function they own', async () => {
    const name = 'dropped_async_instantiations';
    const got = caseResult((await runCases('test/binding/fixtures/leak_native.ts', [name])).get(name));
    console.log(`async instantiations: ${got.cycles} cycles, ${got.ms} ms, RSS +${got.rssGrowthMB} MiB`);
    // Each cycle makes a store, a linker and an instance-pre: keeping them would add far more.
    assert.ok(Number(got.rssGrowthMB) < 8, `RSS grew by ${got.rssGrowthMB} MiB`);
  });
});
