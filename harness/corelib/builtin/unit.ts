// `Unit`: one value, `()`, represented as `undefined`.

import { defineModule, impl } from '../define.ts';
import { showImpl, hashImpl, defaultImpl } from '../support/numeric-impls.ts';

export default defineModule('', {
  impls: {
    ...showImpl('Unit', (_self: undefined) => '()'),
    'Eq for Unit': impl('impl Eq for Unit', { equal: (_a: undefined, _b: undefined) => true }),
    'Compare for Unit': impl('impl Compare for Unit', { compare: (_a: undefined, _b: undefined) => 0 }),
    ...hashImpl('Unit', (h) => h.combine_unit()),
    ...defaultImpl('Unit', undefined),
  },
});
