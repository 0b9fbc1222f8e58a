// The translator's located error: a construct it cannot translate, at its span.
import type { Span } from '../syntax/ast.ts';

export class TranslateError extends Error {
  override readonly name = 'TranslateError';
  constructor(message: string, readonly span: Span) {
    super(message);
  }
}
