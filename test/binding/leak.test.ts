// Create/delete cycles of engines, stores and modules must not grow the
// process's memory: fixtures/leak.ts measures each kind's RSS growth per
// cycle over five stretches after a warm-up.
// Modules go through module_deserialize_or_raise: compiling a module from WAT
// costs ~0.5 ms, so a smaller compile phase only bounds a leak of kilobytes.
// Dropped serializations, trapping async calls and async instantiations must
// not grow it either. Each runs in a process of its own, all at once.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { caseResult, resultOf, runCases, runNode } from './child.ts';

describe('leaks', { concurrency: true }, () => {
  it('create/delete cycles of engine, store and module do not leak', async () => {
    const r = await runNode(['test/binding/fixtures/leak.ts'], 120_000);
    assert.equal(r.signal, null, r.stderr);
    assert.equal(r.code, 0, r.stderr);
    const phases = resultOf(r) as unknown as Array<{ name: string; cycles: number; ms: number; bytesPerCycle: number; growthKB: number[] }>;
    console.log(phases.map((p) => `${p.name}: ${p.cycles} cycles, ${p.ms} ms, ${p.bytesPerCycle} B per cycle (stretches ${p.growthKB.join(', ')} KiB)`).join('\n'));
    assert.equal(phases.length, 4);
    // A 256-byte leak per delete reads 260 to 400 B per cycle, no leak 0 to 70. The
    // compile phase's stretches are 80 cycles, so its bound is a leak of kilobytes.
    const over = phases.filter((p) => p.bytesPerCycle >= (p.name.includes('compile') ? 8192 : 128));
    assert.deepEqual(over.map((p) => `${p.name}: RSS grew by ${p.bytesPerCycle} bytes per cycle (stretches: ${p.growthKB.join(', ')} KiB)`), []);
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
