// Everything a generated test module uses, under one import:
//   import * as $rt from '<abs>/harness/runtime/prelude.ts'
// The runtime library itself (index.ts), the registration of tests
// (blocks.ts), the lowering helpers (lower.ts) and the writer of file
// snapshots (snapshot-writer.ts).
import { Failure } from '../../binding/moonbit.ts';

export * from './index.ts';
export { test, blockFailed, awaitAt } from './blocks.ts';
export { SnapshotWriter } from './snapshot-writer.ts';
export * from './lower.ts';
export { registerDerived } from './derive.ts';

/** The body of a test named `panic...`: it passes exactly when it panics or raises, as moon rules. */
export function expectPanic(body: () => void | Promise<void>): void | Promise<void> {
  const finished = (): never => {
    throw new Failure('this test is expected to panic (its name starts with `panic`), but it finished normally');
  };
  let pending: void | Promise<void>;
  try {
    pending = body();
  } catch {
    return;
  }
  if (pending instanceof Promise) return pending.then(finished, () => undefined);
  finished();
}
