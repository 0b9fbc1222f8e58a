// `@quickcheck/splitmix` (also `@splitmix`): `RandomState`, the SplitMix64
// generator QuickCheck draws from (support/splitmix.ts). A value is a
// `SplitMix`; `Show` and `Debug` render its two fields as core's derived
// impls do.

import { defineModule, fn, impl } from '../define.ts';
import type { Logger } from '../../runtime/core-values.ts';
import { isSome, type Option } from '../../runtime/values.ts';
import { panic } from '../support/numeric.ts';
import { SplitMix } from '../support/splitmix.ts';
import * as R from '../support/repr.ts';

const DEFAULT_SEED = 37n;

const seeded = (seed: bigint | undefined): SplitMix => SplitMix.seeded(seed ?? DEFAULT_SEED);

const shown = (s: SplitMix): string => `{seed: ${s.seed}, gamma: ${s.gamma}}`;

function nextUInt64(self: SplitMix, limit: Option<bigint>): bigint {
  if (!isSome(limit)) return self.nextRaw();
  if (limit.value === 0n) panic('RandomState::next_uint64: limit must be positive');
  return self.below(limit.value);
}

function nextUInt(self: SplitMix, limit: Option<number>): number {
  if (!isSome(limit)) return Number(self.nextRaw() & 0xffffffffn);
  if (limit.value === 0) panic('RandomState::next_uint: limit must be positive');
  return Number(self.below(BigInt(limit.value)));
}

export default defineModule('quickcheck/splitmix', {
  decls: `
    type RandomState
  `,
  fns: {
    new: fn('fn new(seed? : UInt64 = ..) -> RandomState', seeded),
    // Deprecated: `@splitmix.new`.
    'RandomState::new': fn('fn RandomState::new(seed? : UInt64 = ..) -> RandomState', seeded),
    'RandomState::clone': fn('fn RandomState::clone(self : RandomState) -> RandomState', (self: SplitMix) => self.clone()),
    'RandomState::next': fn('fn RandomState::next(self : RandomState) -> Unit', (self: SplitMix) => {
      self.nextRaw();
    }),
    'RandomState::next_uint64': fn('fn RandomState::next_uint64(self : RandomState, limit? : UInt64) -> UInt64', nextUInt64),
    'RandomState::next_uint': fn('fn RandomState::next_uint(self : RandomState, limit? : UInt) -> UInt', nextUInt),
    'RandomState::next_int64': fn('fn RandomState::next_int64(self : RandomState) -> Int64', (self: SplitMix) => BigInt.asIntN(64, self.nextRaw())),
    'RandomState::next_two_uint': fn('fn RandomState::next_two_uint(self : RandomState) -> (UInt, UInt)', (self: SplitMix) => {
      const word = self.nextRaw();
      return [Number(word >> 32n), Number(word & 0xffffffffn)];
    }),
    'RandomState::next_int': fn('fn RandomState::next_int(self : RandomState) -> Int', (self: SplitMix) => self.nextInt()),
    'RandomState::next_positive_int': fn('fn RandomState::next_positive_int(self : RandomState) -> Int', (self: SplitMix) => self.nextPositiveInt()),
    'RandomState::next_float': fn('fn RandomState::next_float(self : RandomState) -> Float', (self: SplitMix) => self.nextFloat()),
    'RandomState::next_double': fn('fn RandomState::next_double(self : RandomState) -> Double', (self: SplitMix) => self.nextDouble()),
    'RandomState::split': fn('fn RandomState::split(self : RandomState) -> RandomState', (self: SplitMix) => self.split()),
    'RandomState::to_string': fn('fn RandomState::to_string(self : RandomState) -> String', shown),
  },
  impls: {
    'Show for @quickcheck/splitmix.RandomState': impl('impl Show for RandomState', {
      output: (self: SplitMix, logger: Logger) => logger.write_string(shown(self)),
      to_string: shown,
    }),
    'Debug for @quickcheck/splitmix.RandomState': impl('impl @debug.Debug for RandomState', {
      to_repr: (self: SplitMix) => R.record([R.field('seed', R.integer(String(self.seed))), R.field('gamma', R.integer(String(self.gamma)))]),
    }),
    'Default for @quickcheck/splitmix.RandomState': impl('impl Default for RandomState', { default: () => seeded(undefined) }),
  },
});
