// The global environment: every type, trait, function, method, constructor
// and trait implementation a doc block can name, with where it came from.
//
// Environments are layered. The core library and the binding form the base,
// built once per process; a doc gets a layer over it, and each block a
// layer over the doc's. A block that fails to check is dropped with its
// layer, so nothing it declared stays visible; a block that checks is
// committed into the doc's layer.

import type { Span } from '../syntax/ast.ts';
import type { CtorInfo, FnScheme, TraitDecl, Type, TypeDecl, TypeParamInfo } from './types.ts';

/** Where a name was defined; decides how generated code reaches it. */
export type Origin =
  | { readonly k: 'core'; readonly key: string }
  | { readonly k: 'binding'; readonly name: string }
  | { readonly k: 'doc'; readonly block: number; readonly span: Span };

export interface FnValue {
  readonly k: 'fn';
  readonly name: string;
  readonly scheme: FnScheme;
  readonly origin: Origin;
}
export interface ConstValue {
  readonly k: 'const';
  readonly name: string;
  readonly type: Type;
  readonly origin: Origin;
  /** A `const` (not a `let`): usable in patterns. */
  readonly isConst: boolean;
}
export type GlobalValue = FnValue | ConstValue;

/** A method `fn T::name(...)`; `self` (when present) is the first parameter. */
export interface MethodInfo {
  readonly name: string;
  readonly owner: TypeDecl;
  readonly scheme: FnScheme;
  readonly origin: Origin;
  /** Has a first parameter named `self`: callable with dot syntax. */
  readonly hasSelf: boolean;
}

/** `impl[T : Show] Show for Box[T]`. */
export interface ImplInfo {
  readonly trait: TraitDecl;
  readonly owner: TypeDecl;
  readonly tparams: readonly TypeParamInfo[];
  /** The implementing type, in terms of `tparams`. */
  readonly forType: Type;
  /** Methods the impl defines itself (the rest come from the trait's defaults). */
  readonly methods: ReadonlySet<string>;
  readonly origin: Origin;
}

/** A map that reads through to a parent and records its own writes. */
export class Layer<K, V> {
  private readonly own = new Map<K, V>();
  /** A base layer may build entries on first use (the core table's signatures are parsed lazily). */
  private lazy?: { keys: ReadonlySet<K>; load: (key: K) => V | undefined };
  constructor(private readonly parent?: Layer<K, V>) {}

  setLazy(keys: ReadonlySet<K>, load: (key: K) => V | undefined): void {
    this.lazy = { keys, load };
  }

  get(key: K): V | undefined {
    const v = this.own.get(key) ?? this.parent?.get(key);
    if (v !== undefined || !this.lazy?.keys.has(key)) return v;
    const loaded = this.lazy.load(key);
    if (loaded !== undefined) this.own.set(key, loaded);
    return loaded;
  }
  has(key: K): boolean {
    return this.own.has(key) || (this.lazy?.keys.has(key) ?? false) || (this.parent?.has(key) ?? false);
  }
  /** Whether this layer itself (not a parent) defines `key`. */
  hasOwn(key: K): boolean {
    return this.own.has(key);
  }
  set(key: K, value: V): void {
    this.own.set(key, value);
  }
  /** Every key visible through this layer. */
  keys(): Set<K> {
    const out = this.parent ? this.parent.keys() : new Set<K>();
    for (const k of this.own.keys()) out.add(k);
    if (this.lazy) for (const k of this.lazy.keys) out.add(k);
    return out;
  }
  /** Moves this layer's entries into its parent. */
  commit(): void {
    if (!this.parent) throw new Error('internal: commit of a base layer');
    for (const [k, v] of this.own) this.parent.set(k, v);
    this.own.clear();
  }
}

/** Package-qualified names are keyed `@pkg.name`; unqualified ones by name. */
export function qualified(pkg: string | undefined, name: string): string {
  return pkg ? `@${pkg}.${name}` : name;
}

export class Env {
  readonly types: Layer<string, TypeDecl>;
  readonly traits: Layer<string, TraitDecl>;
  readonly values: Layer<string, GlobalValue>;
  /** Keyed `<type key>::<method>`. */
  readonly methods: Layer<string, MethodInfo>;
  /** Constructors by name (`Some`, a doc enum's `Red`); several enums may share one. */
  readonly ctors: Layer<string, readonly CtorInfo[]>;
  /** Keyed `<trait key>|<type key>`. */
  readonly impls: Layer<string, ImplInfo>;
  /** Package aliases that exist (`json`, `hashmap`, ...). */
  readonly packages: Layer<string, true>;

  /**
   * The package a doc is a blackbox test of (`buffer` for core's
   * buffer/README.mbt.md): its names are visible unqualified too.
   */
  opened?: string;

  constructor(readonly parent?: Env) {
    this.opened = parent?.opened;
    this.types = new Layer(parent?.types);
    this.traits = new Layer(parent?.traits);
    this.values = new Layer(parent?.values);
    this.methods = new Layer(parent?.methods);
    this.ctors = new Layer(parent?.ctors);
    this.impls = new Layer(parent?.impls);
    this.packages = new Layer(parent?.packages);
  }

  child(): Env {
    return new Env(this);
  }

  /** A value by its unqualified name, or the opened package's. */
  value(name: string): GlobalValue | undefined {
    return this.values.get(name) ?? (this.opened ? this.values.get(`@${this.opened}.${name}`) : undefined);
  }
  type(name: string): TypeDecl | undefined {
    return this.types.get(name) ?? (this.opened ? this.types.get(`@${this.opened}.${name}`) : undefined);
  }
  trait(name: string): TraitDecl | undefined {
    return this.traits.get(name) ?? (this.opened ? this.traits.get(`@${this.opened}.${name}`) : undefined);
  }

  commit(): void {
    this.types.commit();
    this.traits.commit();
    this.values.commit();
    this.methods.commit();
    this.ctors.commit();
    this.impls.commit();
    this.packages.commit();
  }

  method(owner: TypeDecl, name: string): MethodInfo | undefined {
    return this.methods.get(`${typeKey(owner)}::${name}`);
  }
  addMethod(m: MethodInfo): void {
    this.methods.set(`${typeKey(m.owner)}::${m.name}`, m);
  }
  /** Every method name of a type, for "did you mean". */
  methodNames(owner: TypeDecl): string[] {
    const prefix = `${typeKey(owner)}::`;
    return [...this.methods.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
  }

  impl(trait: TraitDecl, owner: TypeDecl): ImplInfo | undefined {
    return this.impls.get(`${traitKey(trait)}|${typeKey(owner)}`);
  }
  addImpl(i: ImplInfo): void {
    this.impls.set(`${traitKey(i.trait)}|${typeKey(i.owner)}`, i);
  }

  addCtor(c: CtorInfo): void {
    const list = this.ctors.get(c.name) ?? [];
    this.ctors.set(c.name, [...list.filter((x) => x.owner !== c.owner), c]);
  }
}

/** A stable key for a type declaration: its runtime name. */
export function typeKey(d: TypeDecl): string {
  return d.runtime;
}
export function traitKey(t: TraitDecl): string {
  return qualified(t.pkg, t.name) + (t.local ? '$doc' : '');
}
