// Everything generated test modules import, as one module: the bundled
// harness runs them from plain JavaScript through this entry (see
// scripts/doctest.mjs), so that the runtime, the shared MoonBit classes and
// the binding exist once in the test process, which starts from here too.
import * as binding from '../../binding/index.ts';
import { wrapBinding } from '../runtime/binding-errors.ts';

export * as rt from '../runtime/prelude.ts';
export * as mb from '../../binding/moonbit.ts';
export { testProcess } from './test-process.ts';

export const b = wrapBinding(binding);
