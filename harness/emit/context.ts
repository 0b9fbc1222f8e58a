// The emitter's state for one doc module: the writer, JavaScript names for
// MoonBit variables, module-level constants it hoists (core functions and
// descriptors of closed types), and the table of source locations.
//
// Locations live in one table (`$L`) at the top of the module, and code
// refers to them by index: the module's code itself holds no line numbers,
// so moving prose in a doc changes the table only.

import type * as A from '../syntax/ast.ts';
import type { CheckedDoc } from '../typing/index.ts';
import type { LocalVar, TypedTables } from '../typing/typed.ts';
import type { TypeParamInfo } from '../typing/types.ts';
import type { DocPos, Writer } from '../translate/writer.ts';

/** Where an `inspect` call and its `content` argument stand in the doc. */
export interface InspectSite {
  /** Doc line and column of the call, as the runtime reports them. */
  line: number;
  column: number;
  /** Doc offsets of the call (`inspect` to the closing parenthesis, exclusive). */
  call: { start: number; end: number };
  /** Doc offsets of the `content` value, when the call has one. */
  content?: { start: number; end: number };
}

const JS_RESERVED = new Set((
  'arguments await break case catch class const continue debugger default delete do else enum '
  + 'eval export extends false finally for function if implements import in instanceof interface '
  + 'let new null package private protected public return static super switch this throw true '
  + 'try typeof undefined var void while with yield'
).split(' '));

/** Where a position of the block is in the doc. */
export type ToDoc = (pos: A.Position) => DocPos & { offset?: number };

export interface LoopCtx {
  label: string;
  /** Variable receiving `break value`. */
  result?: string;
  /** Variables `continue a, b` assigns (loop, for with state). */
  vars?: string[];
  /** What `continue` runs before jumping (a C-style for's update). */
  beforeContinue?: () => void;
  /** The MoonBit label, for `break label~`. */
  moonLabel?: string;
  /** Where `break` jumps instead of `label`: a block around the loop and its `nobreak` branch, which a break skips. */
  breakLabel?: string;
}

export class EmitCtx {
  readonly t: TypedTables;
  private readonly used = new Map<string, number>();
  /** JavaScript names of MoonBit variables; a top-level `let` binder's is set by its definition. */
  readonly names = new Map<LocalVar, string>();
  private temp = 0;
  /** Hoisted module constants, in creation order: name → initializer. */
  readonly hoisted = new Map<string, string>();
  private readonly hoistedBy = new Map<string, string>();
  /** Source locations, referred to as `$L[i]`. */
  readonly locs: { file: string; line: number; column: number; endLine: number; endColumn: number }[] = [];
  toDoc: ToDoc = (p) => p;
  loops: LoopCtx[] = [];
  /** Descriptor variables of the bounded type parameters in scope. */
  descParams = new Map<TypeParamInfo, string>();
  /** Inside a function (not a test body): `return` returns from it. */
  inFunction = false;
  /** The doc uses `@test`: each test tells it which doc's snapshots its `Test` values write. */
  snapshots = false;
  /** Every `inspect` call emitted, for `--update`. */
  readonly inspects: InspectSite[] = [];
  private readonly globals = new Map<object, string>();

  constructor(
    public w: Writer,
    readonly doc: CheckedDoc,
    readonly file: string,
    /** Emit TypeScript annotations (false: plain JavaScript). */
    readonly typed: boolean,
    /** Names the binding really exports (others are listed in its surface only). */
    private readonly exported: ReadonlySet<string>,
  ) {
    this.t = doc.tables;
  }

  bindingExported(name: string): boolean {
    return this.exported.has(name);
  }

  /** The module-level name of a doc function, method, impl method or top-level value. */
  globalName(v: object & { name: string }, hint = v.name): string {
    let n = this.globals.get(v);
    if (n === undefined) {
      n = this.fresh(hint);
      this.globals.set(v, n);
    }
    return n;
  }

  recordInspect(call: A.Call): void {
    const offset = (p: A.Position) => this.toDoc(p).offset ?? -1;
    const at = this.at(call.span);
    const content = call.args.find((a) => a.kind === 'LabeledArg' && a.label === 'content');
    this.inspects.push({
      line: at.line,
      column: at.column,
      call: { start: offset(call.span.start), end: offset(call.span.end) },
      content: content && { start: offset(content.value.span.start), end: offset(content.value.span.end) },
    });
  }

  /** A fresh JavaScript name based on `name`. */
  fresh(name: string): string {
    const base = JS_RESERVED.has(name) ? `${name}_` : name;
    const n = this.used.get(base) ?? 0;
    this.used.set(base, n + 1);
    return n === 0 ? base : `${base}$${n}`;
  }

  tmp(): string {
    return `$t${++this.temp}`;
  }

  label(kind: string): string {
    return `$${kind}${++this.temp}`;
  }

  /** The JavaScript name of a MoonBit variable (given at its declaration). */
  nameOf(v: LocalVar): string {
    const alias = this.t.orAliases.get(v);
    if (alias) return this.nameOf(alias);
    let n = this.names.get(v);
    if (n === undefined) {
      const global = this.t.globalBinders.get(v);
      n = this.fresh(global ?? v.name);
      this.names.set(v, n);
    }
    return n;
  }

  /** A module-level constant for `init`, shared by every use of the same initializer. */
  hoist(hint: string, init: string): string {
    const existing = this.hoistedBy.get(init);
    if (existing) return existing;
    const name = this.fresh(hint);
    this.hoisted.set(name, init);
    this.hoistedBy.set(init, name);
    return name;
  }

  /** `$L[i]` for a span of the current block. */
  loc(span: A.Span): string {
    const s = this.toDoc(span.start);
    const e = this.toDoc(span.end);
    this.locs.push({ file: this.file, line: s.line, column: s.column, endLine: e.line, endColumn: e.column });
    return `$L[${this.locs.length - 1}]`;
  }

  at(span: A.Span): DocPos {
    return this.toDoc(span.start);
  }
}
