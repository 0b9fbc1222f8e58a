// Where a raised error goes. A call that may raise (or a `raise`) is
// allowed only where something takes its error: a `try`, a closure whose
// effect is inferred, a function declared `raise`, or a test.

import type * as A from '../syntax/ast.ts';
import type { Ctx } from './context.ts';
import { isErrorTop } from './fit.ts';
import { resolveHead, showType, type Type } from './types.ts';

export function raiseError(cx: Ctx, error: Type, span: A.Span): void {
  for (let i = cx.sinks.length - 1; i >= 0; i--) {
    const sink = cx.sinks[i]!;
    switch (sink.k) {
      case 'try':
        sink.errors.push(error);
        return;
      case 'test':
        return;
      case 'closure':
        if (sink.allowed === 'none') {
          cx.error('this may raise an error, but it is inside a function that must not raise (its expected type has no `raise`)', span);
        }
        sink.errors.push(error);
        return;
      case 'fn': {
        const declared = sink.declared;
        if (declared === 'none') {
          cx.error(`this may raise an error, but \`${sink.name}\` is not declared to raise: add \`raise\` to its signature or handle the error with \`try\``, span);
        }
        if (declared === 'poly' || isErrorTop(declared)) return;
        const d = resolveHead(declared);
        const e = resolveHead(error);
        if (d.k === 'con' && e.k === 'con' && d.decl === e.decl) return;
        cx.error(`this raises ${showType(error)}, but \`${sink.name}\` is declared to raise ${showType(declared)}`, span);
      }
    }
  }
  cx.error('this may raise an error, but nothing here handles it (use `try`)', span);
}
