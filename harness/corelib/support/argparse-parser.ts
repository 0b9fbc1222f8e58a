// `@argparse`'s parser: argv, then the environment, then defaults, then the
// checks (value counts, groups, policies, requires / conflicts), one command
// level at a time. A subcommand is parsed with the globals its parents
// declare; what it gets for them is merged back into the parent (argv
// beating env beating defaults, counts and appended values added up when
// both levels saw them on the command line) and the parent's final values
// are copied down again.
//
// A parse problem is reported with the help of the command level it arose
// in; a definition problem without help (`error: command definition
// validation failed: ...`). Help and version requests are thrown as
// `Display` for the caller to print.

import { MoonBitError } from '../../runtime/core-values.ts';
import { parseInt as parseIntText } from './numparse.ts';
import { getKey } from './maps.ts';
import {
  globalsOf, helpSubcommandEnabled, isGlobalNamed, mergeGlobals, namesOf, rangeMinMax, Unsupported,
  type Arg, type ArgGroup, type Command, type Source,
} from './argparse-spec.ts';
import { groupUsageToken, helpFlagEnabled, inGroup, positionalsOf, renderHelp, versionFlagEnabled } from './argparse-help.ts';
import type { StringMap } from './maps.ts';

/** What a command level collected (core's parse-state `Matches`). */
export interface State {
  readonly flags: Map<string, boolean>;
  readonly values: Map<string, string[]>;
  readonly counts: Map<string, number>;
  readonly flagSources: Map<string, Source>;
  readonly valueSources: Map<string, Source>;
  sub?: [string, State];
}

const newState = (): State => ({ flags: new Map(), values: new Map(), counts: new Map(), flagSources: new Map(), valueSources: new Map() });

/** Core's private `ArgParseError`: a problem of the command line. */
type Problem =
  | { readonly k: 'UnknownArgument'; readonly arg: string; readonly hint?: string }
  | { readonly k: 'InvalidArgument'; readonly text: string }
  | { readonly k: 'MissingValue'; readonly arg: string }
  | { readonly k: 'MissingRequired'; readonly name: string; readonly by?: string }
  | { readonly k: 'TooFewValues'; readonly name: string; readonly got: number; readonly min: number }
  | { readonly k: 'TooManyValues'; readonly name: string; readonly got: number; readonly max: number }
  | { readonly k: 'TooManyPositionals'; readonly value: string; readonly arg?: string }
  | { readonly k: 'InvalidValue'; readonly text: string }
  | { readonly k: 'MissingGroup'; readonly name: string }
  | { readonly k: 'GroupConflict'; readonly name: string };

class ParseProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.k);
  }
}

/** A help or version request: the text to print before the process exits. */
export class Display extends Error {
  constructor(readonly text: string) {
    super('display');
  }
}

const ARG_ERROR = '@argparse.ArgError';

/** `ArgError::Message(text)`, the one error `parse` raises. */
const argError = (text: string): MoonBitError => new MoonBitError(ARG_ERROR, 'Message', [text]);

const problem = (p: Problem): never => {
  throw new ParseProblem(p);
};

const invalid = (text: string): never => problem({ k: 'InvalidArgument', text });

const charText = (c: number): string => String.fromCodePoint(c);

function problemMessage(p: Problem): string {
  switch (p.k) {
    case 'UnknownArgument':
      return p.hint !== undefined
        ? `error: unexpected argument '${p.arg}' found\n\n  tip: a similar argument exists: '${p.hint}'`
        : `error: unexpected argument '${p.arg}' found`;
    case 'InvalidArgument':
      return p.text.startsWith('-') ? `error: unexpected argument '${p.text}' found` : `error: ${p.text}`;
    case 'MissingValue':
      return `error: a value is required for '${p.arg}' but none was supplied`;
    case 'MissingRequired':
      return p.by !== undefined
        ? `error: the following required argument was not provided: '${p.name}' (required by '${p.by}')`
        : `error: the following required argument was not provided: '${p.name}'`;
    case 'TooFewValues':
      return `error: '${p.name}' requires at least ${p.min} values but only ${p.got} were provided`;
    case 'TooManyValues':
      return `error: '${p.name}' allows at most ${p.max} values but ${p.got} were provided`;
    case 'TooManyPositionals':
      return p.arg !== undefined
        ? `error: unexpected value '${p.value}' for '${p.arg}' found; no more were expected`
        : `error: unexpected value '${p.value}' found; no more were expected`;
    case 'InvalidValue':
      return `error: ${p.text}`;
    case 'MissingGroup':
      return `error: the following required argument group was not provided: '${p.name}'`;
    case 'GroupConflict':
      return `error: group conflict ${p.name}`;
  }
}

// ---- suggestions ----------------------------------------------------------------

/** Levenshtein distance in UTF-16 code units. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 0; i < a.length; i++) {
    const cur = [i + 1];
    for (let j = 0; j < b.length; j++) {
      cur.push(Math.min(prev[j]! + (a.charCodeAt(i) === b.charCodeAt(j) ? 0 : 1), prev[j + 1]! + 1, cur[j]! + 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** The closest candidate within a distance that grows with the input's length; the first on ties. */
function suggest(input: string, candidates: Iterable<string>): string | undefined {
  const limit = input.length <= 4 ? 1 : input.length <= 8 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = 0;
  for (const c of candidates) {
    const d = editDistance(input, c);
    if (d <= limit && (best === undefined || d < bestDistance)) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

// ---- help context ---------------------------------------------------------------

/** The command as its help shows it: the inherited globals first, named by its path. */
function helpContext(cmd: Command, inherited: readonly Arg[], path: string): Command {
  return { ...cmd, args: [...inherited, ...cmd.args], name: path === '' ? cmd.name : path };
}

const contextHelp = (cmd: Command, inherited: readonly Arg[], path: string): string => renderHelp(helpContext(cmd, inherited, path));

function missingGroupMessage(cmd: Command, inherited: readonly Arg[], path: string, name: string): string {
  const ctx = helpContext(cmd, inherited, path);
  const group = ctx.groups.find((g) => g.name === name);
  const members: string[] = [];
  for (const member of group?.args ?? []) {
    const arg = ctx.args.find((a) => a.name === member);
    if (arg !== undefined && !arg.hidden) members.push(groupUsageToken(arg));
  }
  if (members.length === 0) return problemMessage({ k: 'MissingGroup', name });
  return `error: the following required arguments were not provided:\n  <${members.join('|')}>`;
}

function failureText(p: Problem, cmd: Command, inherited: readonly Arg[], path: string): string {
  let message = problemMessage(p);
  if (p.k === 'MissingGroup') message = missingGroupMessage(cmd, inherited, path, p.name);
  if (p.k === 'TooManyPositionals') {
    const candidates = cmd.subcommands.map((s) => s.name);
    if (helpSubcommandEnabled(cmd)) candidates.push('help');
    const best = suggest(p.value, candidates);
    if (best !== undefined) message += `\n\n  tip: a similar subcommand exists: '${best}'`;
  }
  return `${message}\n\n${contextHelp(cmd, inherited, path)}`;
}

// ---- values ---------------------------------------------------------------------

const present = (m: State, name: string): boolean => m.flags.has(name) || m.values.has(name);

const isAppend = (arg: Arg): boolean => arg.info.kind === 'option' && arg.info.action === 'Append';

function addValue(m: State, arg: Arg, value: string, source: Source): void {
  if (arg.multiple || isAppend(arg)) {
    const values = m.values.get(arg.name) ?? [];
    values.push(value);
    m.values.set(arg.name, values);
  } else {
    m.values.set(arg.name, [value]);
  }
  m.valueSources.set(arg.name, source);
}

/** `--long`, else `-s`, else the name. */
function optionLabel(arg: Arg): string {
  const { short, long } = namesOf(arg);
  return long !== undefined ? `--${long}` : short !== undefined ? `-${charText(short)}` : arg.name;
}

function checkNotRepeated(m: State, arg: Arg): void {
  const setOnce = arg.info.kind === 'positional' || (arg.info.kind === 'option' && arg.info.action === 'Set');
  if (setOnce && (m.values.get(arg.name)?.length ?? 0) > 0) invalid(`argument '${optionLabel(arg)}' cannot be used multiple times`);
}

/** Whether the token after an option cannot be its value: it looks like an option and the option takes no hyphen values. */
function stopsValue(value: string, arg: Arg): boolean {
  if (!value.startsWith('-') || value === '-') return false;
  return !(arg.info.kind !== 'flag' && arg.info.allowHyphen);
}

function parseBool(value: string): boolean {
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  return problem({ k: 'InvalidValue', text: `invalid value '${value}' for boolean flag; expected one of: 1, 0, true, false, yes, no, on, off` });
}

function parseCount(value: string): number {
  const bad = (): never => problem({ k: 'InvalidValue', text: `invalid value '${value}' for count; expected a non-negative integer` });
  const n = parseIntText(value, 0, bad);
  return n < 0 ? bad() : n;
}

function applyFlag(m: State, arg: Arg): void {
  if (arg.info.kind === 'flag') {
    if (arg.info.action === 'SetTrue') m.flags.set(arg.name, true);
    else if (arg.info.action === 'SetFalse') m.flags.set(arg.name, false);
    else if (arg.info.action === 'Count') {
      m.counts.set(arg.name, (m.counts.get(arg.name) ?? 0) + 1);
      m.flags.set(arg.name, true);
    }
  }
  m.flagSources.set(arg.name, 'Argv');
}

function applyEnv(m: State, args: readonly Arg[], env: StringMap<string>): void {
  for (const arg of args) {
    if (present(m, arg.name) || arg.env === undefined) continue;
    const value = getKey(env, arg.env);
    if (value === undefined) continue;
    const info = arg.info;
    if (info.kind !== 'flag') {
      addValue(m, arg, value, 'Env');
      continue;
    }
    if (info.action === 'Help' || info.action === 'Version') continue;
    if (info.action === 'Count') {
      const n = parseCount(value);
      m.counts.set(arg.name, n);
      m.flags.set(arg.name, n > 0);
    } else {
      const flag = parseBool(value);
      m.flags.set(arg.name, info.action === 'SetFalse' ? !flag : flag);
    }
    m.flagSources.set(arg.name, 'Env');
  }
}

function applyDefaults(m: State, args: readonly Arg[]): void {
  for (const arg of args) {
    if (arg.info.kind === 'flag' || present(m, arg.name)) continue;
    for (const value of arg.info.defaults ?? []) addValue(m, arg, value, 'Default');
  }
}

// ---- positionals ----------------------------------------------------------------

function minRequired(arg: Arg): number {
  return Math.max(rangeMinMax(arg)[0], 0);
}

const reserveAfter = (positionals: readonly Arg[], start: number): number =>
  positionals.slice(start).reduce((total, a) => total + minRequired(a), 0);

/** How many of `remaining` values the positional at `idx` takes: its maximum, leaving the later ones their minimum. */
function takeCount(positionals: readonly Arg[], idx: number, remaining: number): number {
  const arg = positionals[idx]!;
  if (!arg.multiple) return remaining > 0 ? 1 : 0;
  const [min, max] = rangeMinMax(arg);
  let take = Math.max(remaining - reserveAfter(positionals, idx + 1), 0);
  if (max !== undefined && take > max) take = max;
  if (take < min) take = min;
  return Math.min(take, remaining);
}

/** The positional the next collected value would go to, if any. */
function nextPositional(positionals: readonly Arg[], collected: number): Arg | undefined {
  const total = collected + 1;
  let cursor = 0;
  for (let idx = 0; idx < positionals.length; idx++) {
    if (cursor >= total) return undefined;
    const take = takeCount(positionals, idx, total - cursor);
    if (take > 0 && collected < cursor + take) return positionals[idx];
    cursor += take;
  }
  return undefined;
}

function isNegativeNumber(arg: string): boolean {
  return arg.length >= 2 && /^-[0-9]+$/.test(arg);
}

/** `String::get_char`: the character at a code-unit index, none when it splits a surrogate pair. */
function charAt(s: string, i: number): number | undefined {
  const c = s.codePointAt(i);
  if (c === undefined || (c >= 0xdc00 && c <= 0xdfff) || (c >= 0xd800 && c <= 0xdbff)) return undefined;
  return c;
}

function parsesAsPositional(
  arg: string, positionals: readonly Arg[], collected: number, longs: Map<string, Arg>, shorts: Map<number, Arg>,
): boolean {
  if (!arg.startsWith('-') || arg === '-') return false;
  const next = nextPositional(positionals, collected);
  if (next === undefined) return false;
  const allow = (next.info.kind !== 'flag' && next.info.allowHyphen) || isNegativeNumber(arg);
  if (!allow) return false;
  if (arg.startsWith('--')) return !longs.has(splitLong(arg)[0]);
  const short = charAt(arg, 1);
  return short === undefined || !shorts.has(short);
}

function assignPositionals(m: State, positionals: readonly Arg[], values: readonly string[]): void {
  let cursor = 0;
  positionals.forEach((arg, idx) => {
    const take = takeCount(positionals, idx, values.length - cursor);
    for (let t = 0; t < take; t++) addValue(m, arg, values[cursor + t]!, 'Argv');
    cursor += take;
  });
  if (cursor < values.length) {
    const last = positionals.at(-1);
    const label = last === undefined ? undefined : last.multiple ? `<${last.name}...>` : `<${last.name}>`;
    problem({ k: 'TooManyPositionals', value: values[cursor]!, arg: label });
  }
}

// ---- checks ---------------------------------------------------------------------

function checkValues(args: readonly Arg[], m: State): void {
  for (const arg of args) {
    const has = present(m, arg.name);
    if (arg.required && !has) problem({ k: 'MissingRequired', name: arg.name });
    if (arg.info.kind === 'flag') continue;
    const [min, max] = rangeMinMax(arg);
    if (!has) {
      if (arg.info.kind === 'positional' && min > 0) problem({ k: 'TooFewValues', name: arg.name, got: 0, min });
      continue;
    }
    const count = (m.values.get(arg.name) ?? []).length;
    if (count < min) problem({ k: 'TooFewValues', name: arg.name, got: count, min });
    if (!isAppend(arg) && max !== undefined && count > max) problem({ k: 'TooManyValues', name: arg.name, got: count, max });
  }
}

function checkGroups(args: readonly Arg[], groups: readonly ArgGroup[], m: State): void {
  if (groups.length === 0) return;
  const presence = new Map<string, number>();
  const groupNames = new Set(groups.map((g) => g.name));
  const argNames = new Set(args.map((a) => a.name));
  for (const group of groups) {
    const count = args.filter((a) => inGroup(a, group) && present(m, a.name)).length;
    presence.set(group.name, count);
    if (group.required && count === 0) problem({ k: 'MissingGroup', name: group.name });
    if (!group.multiple && count > 1) problem({ k: 'GroupConflict', name: group.name });
  }
  for (const group of groups) {
    if (presence.get(group.name) === 0) continue;
    for (const r of group.requires) {
      if (groupNames.has(r)) {
        if ((presence.get(r) ?? 0) === 0) problem({ k: 'MissingGroup', name: r });
      } else if (argNames.has(r) && !present(m, r)) {
        problem({ k: 'MissingRequired', name: r });
      }
    }
    for (const c of group.conflicts) {
      const clash = groupNames.has(c) ? (presence.get(c) ?? 0) > 0 : argNames.has(c) && present(m, c);
      if (clash) problem({ k: 'GroupConflict', name: `${group.name} conflicts with ${c}` });
    }
  }
}

function checkRelationships(m: State, args: readonly Arg[]): void {
  for (const arg of args) {
    if (!present(m, arg.name)) continue;
    for (const r of arg.requires) if (!present(m, r)) problem({ k: 'MissingRequired', name: r, by: arg.name });
    for (const c of arg.conflicts) if (present(m, c)) invalid(`conflicting arguments: ${arg.name} and ${c}`);
  }
}

function finalize(
  cmd: Command, m: State, positionalValues: readonly string[], envArgs: readonly Arg[], env: StringMap<string>,
): State {
  assignPositionals(m, positionalsOf(cmd.args), positionalValues);
  applyEnv(m, envArgs, env);
  applyDefaults(m, envArgs);
  checkValues(cmd.args, m);
  checkGroups(cmd.args, cmd.groups, m);
  if (cmd.subcommandRequired && cmd.subcommands.length > 0 && m.sub === undefined) problem({ k: 'MissingRequired', name: 'subcommand' });
  checkRelationships(m, cmd.args);
  return m;
}

// ---- globals across levels ------------------------------------------------------

const priority = (s: Source | undefined): number => (s === 'Argv' ? 3 : s === 'Env' ? 2 : s === 'Default' ? 1 : 0);

function preferChild(parent: Source | undefined, child: Source | undefined): boolean {
  const p = priority(parent);
  const c = priority(child);
  return c !== p ? c > p : child === 'Argv';
}

function strongest(parent: Source | undefined, child: Source | undefined): Source | undefined {
  if (preferChild(parent, child)) return child;
  return parent ?? child;
}

function mergeValueFromChild(parent: State, child: State, arg: Arg): void {
  const name = arg.name;
  const pv = parent.values.get(name);
  const cv = child.values.get(name);
  const ps = parent.valueSources.get(name);
  const cs = child.valueSources.get(name);
  const hasParent = pv !== undefined && pv.length > 0;
  const hasChild = cv !== undefined && cv.length > 0;
  if (!hasParent && !hasChild) return;
  const several = arg.multiple || isAppend(arg);
  if (several && ps === 'Argv' && cs === 'Argv') {
    const merged = [...(pv ?? []), ...(cv ?? [])];
    if (merged.length > 0) {
      parent.values.set(name, merged);
      parent.valueSources.set(name, 'Argv');
    }
    return;
  }
  if (!several && hasParent && hasChild && ps === 'Argv' && cs === 'Argv' && arg.info.kind === 'option' && arg.info.action === 'Set') {
    invalid(`argument '${optionLabel(arg)}' cannot be used multiple times`);
  }
  if (hasChild && (!hasParent || preferChild(ps, cs))) {
    parent.values.set(name, [...cv!]);
    if (cs !== undefined) parent.valueSources.set(name, cs);
  } else if (hasParent) {
    parent.values.set(name, [...pv!]);
    if (ps !== undefined) parent.valueSources.set(name, ps);
  }
}

function mergeFlagFromChild(parent: State, child: State, arg: Arg): void {
  const name = arg.name;
  const v = child.flags.get(name);
  if (v === undefined) return;
  const hasParent = parent.flags.has(name);
  const ps = parent.flagSources.get(name);
  const cs = child.flagSources.get(name);
  if (arg.info.kind === 'flag' && arg.info.action === 'Count') {
    if (ps === 'Argv' && cs === 'Argv') {
      const childCount = child.counts.get(name) ?? 0;
      if (childCount === 0 && !v) {
        // `--no-<flag>` after the subcommand resets the count given before it.
        parent.counts.set(name, 0);
        parent.flags.set(name, false);
      } else {
        const total = (parent.counts.get(name) ?? 0) + childCount;
        parent.counts.set(name, total);
        parent.flags.set(name, total > 0);
      }
      const src = strongest(ps, cs);
      if (src !== undefined) parent.flagSources.set(name, src);
    } else if (!hasParent || preferChild(ps, cs)) {
      const childCount = child.counts.get(name) ?? 0;
      parent.counts.set(name, childCount);
      parent.flags.set(name, childCount > 0);
      if (cs !== undefined) parent.flagSources.set(name, cs);
    }
    return;
  }
  if (!hasParent || preferChild(ps, cs)) {
    parent.flags.set(name, v);
    if (cs !== undefined) parent.flagSources.set(name, cs);
  }
}

/** What a subcommand starts from: presence markers for the globals the parent saw on the command line. */
function seedChild(parent: State, globals: readonly Arg[], childLocals: ReadonlySet<string>): State {
  const seed = newState();
  const seen = new Set<string>();
  for (const arg of globals) {
    const name = arg.name;
    if (childLocals.has(name) || seen.has(name)) continue;
    seen.add(name);
    if (arg.info.kind !== 'flag') {
      if (parent.values.has(name) && parent.valueSources.get(name) === 'Argv') {
        seed.values.set(name, []);
        seed.valueSources.set(name, 'Argv');
      }
      continue;
    }
    const v = parent.flags.get(name);
    if (v !== undefined && parent.flagSources.get(name) === 'Argv') {
      seed.flags.set(name, v);
      seed.flagSources.set(name, 'Argv');
      if (arg.info.action === 'Count') seed.counts.set(name, 0);
    }
  }
  return seed;
}

function mergeFromChild(parent: State, child: State, globals: readonly Arg[], childLocals: ReadonlySet<string>): void {
  for (const arg of globals) {
    if (childLocals.has(arg.name)) continue;
    if (arg.info.kind === 'flag') mergeFlagFromChild(parent, child, arg);
    else mergeValueFromChild(parent, child, arg);
  }
}

function propagateToChild(parent: State, child: State, globals: readonly Arg[], childLocals: ReadonlySet<string>): void {
  for (const arg of globals) {
    const name = arg.name;
    if (childLocals.has(name)) continue;
    if (arg.info.kind !== 'flag') {
      const values = parent.values.get(name);
      if (values === undefined) continue;
      child.values.set(name, [...values]);
      const src = parent.valueSources.get(name);
      if (src !== undefined) child.valueSources.set(name, src);
      continue;
    }
    const v = parent.flags.get(name);
    if (v === undefined) continue;
    child.flags.set(name, v);
    const src = parent.flagSources.get(name);
    if (src !== undefined) child.flagSources.set(name, src);
    const count = parent.counts.get(name);
    if (arg.info.action === 'Count' && count !== undefined) child.counts.set(name, count);
  }
  if (child.sub !== undefined) propagateToChild(parent, child.sub[1], globals, new Set());
}

/** The arguments env and defaults apply to: the merged globals, then the command's other arguments. */
const envArgsOf = (inherited: readonly Arg[], args: readonly Arg[]): Arg[] => [
  ...mergeGlobals(inherited, globalsOf(args)),
  ...args.filter((a) => !isGlobalNamed(a)),
];

// ---- the command line -----------------------------------------------------------

/** `--name=value` as `name` and the text after the first `=`. */
function splitLong(arg: string): [string, string | undefined] {
  const at = arg.indexOf('=');
  const head = at < 0 ? arg : arg.slice(0, at);
  const name = head.startsWith('--') ? head.slice(2) : head;
  return [name, at < 0 ? undefined : arg.slice(at + 1)];
}

function indexLong(args: readonly Arg[]): Map<string, Arg> {
  const index = new Map<string, Arg>();
  for (const arg of args) {
    const { long } = namesOf(arg);
    if (long !== undefined) index.set(long, arg);
  }
  return index;
}

function indexShort(args: readonly Arg[]): Map<number, Arg> {
  const index = new Map<number, Arg>();
  for (const arg of args) {
    const { short } = namesOf(arg);
    if (short !== undefined) index.set(short, arg);
  }
  return index;
}

const versionOf = (cmd: Command): string => cmd.version ?? '';

function isVersionFlag(arg: Arg, matches: (short: number | undefined, long: string | undefined) => boolean): boolean {
  return arg.info.kind === 'flag' && arg.info.action === 'Version' && matches(arg.info.short, arg.info.long);
}

interface Level {
  readonly env: StringMap<string>;
  readonly inherited: readonly Arg[];
  readonly versionLong: ReadonlyMap<string, string>;
  readonly versionShort: ReadonlyMap<number, string>;
  readonly path: string;
}

/** The command `help a b` names, with the globals and path its help shows. */
function helpTarget(cmd: Command, names: readonly string[], level: Level): [Command, readonly Arg[], string] {
  let current = cmd;
  let path = level.path;
  let globals = level.inherited;
  for (const name of names) {
    if (name.startsWith('-')) invalid(`unexpected help argument: ${name}`);
    const sub = current.subcommands.find((s) => s.name === name);
    if (sub === undefined) {
      const best = suggest(name, current.subcommands.filter((s) => !s.hidden).map((s) => s.name));
      invalid(best !== undefined ? `unknown subcommand: ${name}\n\n  tip: a similar subcommand exists: '${best}'` : `unknown subcommand: ${name}`);
    }
    globals = mergeGlobals(globals, globalsOf(current.args));
    path = path === '' ? sub!.name : `${path} ${sub!.name}`;
    current = sub!;
  }
  return [current, globals, path];
}

function parseLevel(cmd: Command, argv: readonly string[], level: Level, seed: State = newState()): State {
  try {
    return parseLevelUnchecked(cmd, argv, level, seed);
  } catch (e) {
    if (e instanceof ParseProblem) throw argError(failureText(e.problem, cmd, level.inherited, level.path));
    if (e instanceof Unsupported) throw argError(`error: command definition validation failed: ${e.message}`);
    throw e;
  }
}

function parseLevelUnchecked(cmd: Command, argv: readonly string[], level: Level, m: State): State {
  if (cmd.buildError !== undefined) throw new Unsupported(cmd.buildError);
  const { inherited, path } = level;
  const args = cmd.args;
  const showHelp = (): never => {
    throw new Display(contextHelp(cmd, inherited, path));
  };
  const showVersion = (text: string): never => {
    throw new Display(text);
  };
  if (cmd.argRequiredElseHelp && argv.length === 0) showHelp();
  const globalsHere = globalsOf(args);
  const childGlobals = mergeGlobals(inherited, globalsHere);
  const childVersionLong = new Map(level.versionLong);
  const childVersionShort = new Map(level.versionShort);
  for (const g of globalsHere) {
    if (g.info.kind !== 'flag' || g.info.action !== 'Version') continue;
    if (g.info.long !== undefined) childVersionLong.set(g.info.long, versionOf(cmd));
    if (g.info.short !== undefined) childVersionShort.set(g.info.short, versionOf(cmd));
  }
  const longs = indexLong([...inherited, ...args]);
  const shorts = indexShort([...inherited, ...args]);
  const helpShort = helpFlagEnabled(cmd) && !shorts.has(0x68);
  const helpLong = helpFlagEnabled(cmd) && !longs.has('help');
  const versionShort = versionFlagEnabled(cmd) && !shorts.has(0x56);
  const versionLong = versionFlagEnabled(cmd) && !longs.has('version');
  const positionals = positionalsOf(args);
  const positionalValues: string[] = [];
  let positionalFound = false;
  const dflt = cmd.defaultSubcommand === undefined ? undefined : cmd.subcommands.find((s) => s.name === cmd.defaultSubcommand && !s.hidden);

  const dispatch = (sub: Command, rest: readonly string[]): State => {
    const childLocals = new Set(sub.args.filter((a) => !a.global).map((a) => a.name));
    const childLevel: Level = {
      env: level.env, inherited: childGlobals, versionLong: childVersionLong, versionShort: childVersionShort,
      path: path === '' ? sub.name : `${path} ${sub.name}`,
    };
    const subMatches = parseLevel(sub, rest, childLevel, seedChild(m, childGlobals, childLocals));
    m.sub = [sub.name, subMatches];
    // Globals given after the subcommand's name count for the parent too.
    mergeFromChild(m, subMatches, childGlobals, childLocals);
    const parent = finalize(cmd, m, positionalValues, envArgsOf(inherited, args), level.env);
    if (parent.sub !== undefined) propagateToChild(parent, parent.sub[1], childGlobals, childLocals);
    return parent;
  };

  const versionForLong = (name: string): string =>
    args.some((a) => isVersionFlag(a, (_, long) => long === name)) ? versionOf(cmd) : (level.versionLong.get(name) ?? versionOf(cmd));
  const versionForShort = (c: number): string =>
    args.some((a) => isVersionFlag(a, (short) => short === c)) ? versionOf(cmd) : (level.versionShort.get(c) ?? versionOf(cmd));

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      if (dflt !== undefined) return dispatch(dflt, argv.slice(i));
      positionalValues.push(...argv.slice(i + 1));
      break;
    }
    if ((helpShort && arg === '-h') || (helpLong && arg === '--help')) showHelp();
    if ((versionShort && arg === '-V') || (versionLong && arg === '--version')) showVersion(versionOf(cmd));
    if (parsesAsPositional(arg, positionals, positionalValues.length, longs, shorts)) {
      positionalValues.push(arg);
      positionalFound = true;
      continue;
    }
    if (arg.startsWith('--')) {
      const [name, inline] = splitLong(arg);
      if (helpLong && name === 'help') {
        if (inline !== undefined) invalid(arg);
        showHelp();
      }
      if (versionLong && name === 'version') {
        if (inline !== undefined) invalid(arg);
        showVersion(versionOf(cmd));
      }
      const spec = longs.get(name);
      if (spec === undefined) {
        const target = name.startsWith('no-') ? longs.get(name.slice(3)) : undefined;
        if (target !== undefined && target.info.kind === 'flag' && target.info.negatable) {
          if (inline !== undefined) invalid(arg);
          if (target.info.action === 'Count') m.counts.set(target.name, 0);
          m.flags.set(target.name, target.info.action === 'SetFalse');
          m.flagSources.set(target.name, 'Argv');
        } else if (dflt !== undefined) {
          return dispatch(dflt, argv.slice(i));
        } else {
          problem({ k: 'UnknownArgument', arg: `--${name}`, hint: suggestWith('--', name, longs.keys()) });
        }
      } else if (spec.info.kind !== 'flag') {
        checkNotRepeated(m, spec);
        if (inline !== undefined) addValue(m, spec, inline, 'Argv');
        else if (i + 1 < argv.length && !stopsValue(argv[i + 1]!, spec)) addValue(m, spec, argv[++i]!, 'Argv');
        else problem({ k: 'MissingValue', arg: `--${name}` });
      } else {
        if (inline !== undefined) invalid(arg);
        if (spec.info.action === 'Help') showHelp();
        if (spec.info.action === 'Version') showVersion(versionForLong(name));
        applyFlag(m, spec);
      }
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') {
      // A cluster of shorts (`-abc`), the first option among them taking the rest (`-c3`, `-c=3`) or the next token.
      const chars = [...arg.slice(1)].map((c) => c.codePointAt(0)!);
      let consumedNext = false;
      for (let k = 0; k < chars.length; k++) {
        const short = chars[k]!;
        if (short === 0x68 && helpShort) showHelp();
        if (short === 0x56 && versionShort) showVersion(versionOf(cmd));
        const rest = String.fromCodePoint(...chars.slice(k + 1));
        const spec = shorts.get(short);
        if (spec === undefined) {
          if (dflt !== undefined) return dispatch(dflt, [`-${charText(short)}${rest}`, ...argv.slice(i + 1)]);
          problem({ k: 'UnknownArgument', arg: `-${charText(short)}`, hint: suggestWith('-', charText(short), [...shorts.keys()].map(charText)) });
        }
        if (spec!.info.kind !== 'flag') {
          checkNotRepeated(m, spec!);
          if (rest !== '') addValue(m, spec!, rest.startsWith('=') ? rest.slice(1) : rest, 'Argv');
          else if (i + 1 < argv.length && !stopsValue(argv[i + 1]!, spec!)) {
            consumedNext = true;
            addValue(m, spec!, argv[i + 1]!, 'Argv');
          } else problem({ k: 'MissingValue', arg: `-${charText(short)}` });
          break;
        }
        if (spec!.info.action === 'Help') showHelp();
        if (spec!.info.action === 'Version') showVersion(versionForShort(short));
        applyFlag(m, spec!);
      }
      if (consumedNext) i++;
      continue;
    }
    if (helpSubcommandEnabled(cmd) && arg === 'help') {
      if (positionalFound) invalid("subcommand 'help' cannot be used with positional arguments");
      let names = argv.slice(i + 1);
      const last = names.at(-1);
      if ((helpShort && last === '-h') || (helpLong && last === '--help')) names = names.slice(0, -1);
      const [target, globals, targetPath] = helpTarget(cmd, names, level);
      throw new Display(contextHelp(target, globals, targetPath));
    }
    const sub = cmd.subcommands.find((s) => s.name === arg);
    if (sub !== undefined) {
      if (positionalFound) invalid(`subcommand '${sub.name}' cannot be used with positional arguments`);
      return dispatch(sub, argv.slice(i + 1));
    }
    if (dflt !== undefined) return dispatch(dflt, argv.slice(i));
    positionalValues.push(arg);
    positionalFound = true;
  }
  if (dflt !== undefined) return dispatch(dflt, []);
  return finalize(cmd, m, positionalValues, envArgsOf(inherited, args), level.env);
}

function suggestWith(prefix: string, input: string, candidates: Iterable<string>): string | undefined {
  const best = suggest(input, candidates);
  return best === undefined ? undefined : prefix + best;
}

/** Parses a whole command line from the root command. */
export function parseRoot(cmd: Command, argv: readonly string[], env: StringMap<string>): State {
  return parseLevel(cmd, argv, { env, inherited: [], versionLong: new Map(), versionShort: new Map(), path: cmd.name });
}
