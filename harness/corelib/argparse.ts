// `@argparse`: declarative command-line parsing. A `Command` holds flags,
// options, positionals, groups and subcommands; `parse` turns argv (and an
// environment map, and declared defaults) into `Matches`, or raises one
// display-ready error: the message, a blank line, and the help of the
// command level the problem arose in. The rules live in
// support/argparse-spec.ts (definitions), support/argparse-parser.ts
// (parsing) and support/argparse-help.ts (help text).
//
// The entries are the newest core's (`ArgGroup(..)`, `Command(..)`, ... with
// the deprecated `::new` aliases). A help or version request prints its
// text and exits the process with status 0 in MoonBit; the harness cannot
// end the process, so after printing it panics, which stops the block.
//
// Values: the argument specs and commands are plain objects of the support
// modules' shapes; `Matches` is a record of core's fields (`Map`s, and
// `subcommand` a `(String, Matches)?`), the private ones included, so that
// its `Debug` shows them as core's does; the enums are `{ $c }` objects.

import { defineModule, fn, impl } from './define.ts';
import { desc, type Desc } from '../runtime/desc.ts';
import { ArrayView, StringBuilder, type Logger, type StringView } from '../runtime/core-values.ts';
import { None, Panic, Some, isSome, type Option } from '../runtime/values.ts';
import { println } from '../runtime/output.ts';
import { deriveImpls, type TypeShape } from '../runtime/derive.ts';
import * as R from './support/repr.ts';
import { newStringMap, setKey, type StringMap } from './support/maps.ts';
import { span } from './support/seq.ts';
import { viewText } from './support/numparse.ts';
import env from './env.ts';
import {
  checkCommand, firstArgError, globalsOf, mergeGlobals, Unsupported,
  type Arg, type ArgBox, type ArgGroup, type Command, type FlagAction, type OptionAction, type Source, type ValueRange,
} from './support/argparse-spec.ts';
import { parseRoot, Display, type State } from './support/argparse-parser.ts';
import { renderHelp } from './support/argparse-help.ts';

type View = StringView | string;
type Many<T> = ArrayView<T> | T[];
type Strings = Many<string>;
type Enum = { readonly $c: string };

const FLAG_ACTIONS = ['SetTrue', 'SetFalse', 'Count', 'Help', 'Version'] as const;
const OPTION_ACTIONS = ['Set', 'Append'] as const;
const SOURCES = ['Argv', 'Env', 'Default'] as const;

const ctorValues = (names: readonly string[]): ReadonlyMap<string, Enum> => new Map(names.map((n) => [n, Object.freeze({ $c: n })]));
const SOURCE_VALUES = ctorValues(SOURCES);

const fieldless = (name: string, ctors: readonly string[]): TypeShape => {
  const values = ctorValues(ctors);
  return { kind: 'enum', name, ctors: () => ctors.map((c) => ({ name: c, fields: [] })), make: (i) => values.get(ctors[i]!) };
};

const flagActionImpls = deriveImpls(fieldless('FlagAction', FLAG_ACTIONS), ['Eq', 'Debug']);
const optionActionImpls = deriveImpls(fieldless('OptionAction', OPTION_ACTIONS), ['Eq', 'Debug']);
const sourceImpls = deriveImpls(fieldless('ValueSource', SOURCES), ['Eq', 'Show', 'Debug']);
const rangeImpls = deriveImpls(
  {
    kind: 'struct',
    name: 'ValueRange',
    fields: () => [
      { name: 'lower', desc: desc('Int') },
      { name: 'upper', desc: desc('Option', [desc('Int')]) },
    ],
  },
  ['Eq', 'Show', 'Debug'],
);

const method = <F>(impls: Record<string, (...d: Desc[]) => Record<string, unknown>>, trait: string, name: string): F => impls[trait]!()[name] as F;

function showText<T>(output: (x: T, logger: Logger) => void, x: T): string {
  const sb = new StringBuilder();
  output(x, sb);
  return sb.toString();
}

const rangeEqual = method<(a: ValueRange, b: ValueRange) => boolean>(rangeImpls, 'Eq', 'equal');
const rangeOutput = method<(r: ValueRange, l: Logger) => void>(rangeImpls, 'Show', 'output');
const rangeRepr = method<(r: ValueRange) => R.Repr>(rangeImpls, 'Debug', 'to_repr');
const sourceOutput = method<(s: Enum, l: Logger) => void>(sourceImpls, 'Show', 'output');

/** An omitted `ArrayView` argument (its default is `[]`) or a given one, as a fresh array. */
function listOf<T>(xs: Many<T> | undefined): T[] {
  if (xs === undefined) return [];
  const [a, s, e] = span(xs);
  return a.slice(s, e);
}
const strings = (xs: Strings | undefined): string[] => listOf(xs);
const optText = (v: Option<View>): string | undefined => (isSome(v) ? viewText(v.value as View) : undefined);
const optChar = (v: Option<number>): number | undefined => (isSome(v) ? (v.value as number) : undefined);

// ---- constructors ---------------------------------------------------------------

function flagArg(
  name: View, short: Option<number>, long: View | undefined, about: Option<View>, action: Enum | undefined, envName: Option<View>,
  requires: Strings | undefined, conflicts: Strings | undefined, required: boolean | undefined, global: boolean | undefined,
  negatable: boolean | undefined, hidden: boolean | undefined,
): ArgBox {
  const n = viewText(name);
  const longName = long === undefined ? n : viewText(long);
  return {
    arg: {
      name: n, about: optText(about), env: optText(envName), requires: strings(requires), conflicts: strings(conflicts),
      required: required ?? false, global: global ?? false, hidden: hidden ?? false, multiple: false,
      info: {
        kind: 'flag', short: optChar(short), long: longName === '' ? undefined : longName,
        action: (action?.$c ?? 'SetTrue') as FlagAction, negatable: negatable ?? false,
      },
    },
  };
}

function optionArg(
  name: View, short: Option<number>, long: View | undefined, about: Option<View>, action: Enum | undefined, envName: Option<View>,
  defaults: Option<Strings>, allowHyphen: boolean | undefined, requires: Strings | undefined, conflicts: Strings | undefined,
  required: boolean | undefined, global: boolean | undefined, hidden: boolean | undefined,
): ArgBox {
  const n = viewText(name);
  const longName = long === undefined ? n : viewText(long);
  const act = (action?.$c ?? 'Set') as OptionAction;
  return {
    arg: {
      name: n, about: optText(about), env: optText(envName), requires: strings(requires), conflicts: strings(conflicts),
      required: required ?? false, global: global ?? false, hidden: hidden ?? false, multiple: act === 'Append',
      info: {
        kind: 'option', short: optChar(short), long: longName === '' ? undefined : longName, action: act,
        defaults: isSome(defaults) ? strings(defaults.value as Strings) : undefined, allowHyphen: allowHyphen ?? false,
      },
    },
  };
}

function positionArg(
  name: View, about: Option<View>, envName: Option<View>, defaults: Option<Strings>, numArgs: Option<ValueRange>,
  allowHyphen: boolean | undefined, requires: Strings | undefined, conflicts: Strings | undefined, global: boolean | undefined,
  hidden: boolean | undefined,
): ArgBox {
  const range = isSome(numArgs) ? (numArgs.value as ValueRange) : undefined;
  const upper = range !== undefined && isSome(range.upper) ? (range.upper.value as number) : undefined;
  return {
    arg: {
      name: viewText(name), about: optText(about), env: optText(envName), requires: strings(requires), conflicts: strings(conflicts),
      required: false, global: global ?? false, hidden: hidden ?? false,
      multiple: range !== undefined && (upper === undefined || upper > 1),
      info: {
        kind: 'positional', numArgs: range, defaults: isSome(defaults) ? strings(defaults.value as Strings) : undefined,
        allowHyphen: allowHyphen ?? false,
      },
    },
  };
}

function argGroup(
  name: View, required: boolean | undefined, multiple: boolean | undefined, args: Strings | undefined, requires: Strings | undefined,
  conflicts: Strings | undefined,
): ArgGroup {
  return {
    name: viewText(name), required: required ?? false, multiple: multiple ?? true, args: strings(args), requires: strings(requires),
    conflicts: strings(conflicts),
  };
}

const boxed = (xs: Many<ArgBox> | undefined): Arg[] => listOf(xs).map((b) => b.arg);

function command(
  name: View, flags: Many<ArgBox> | undefined, options: Many<ArgBox> | undefined, positionals: Many<ArgBox> | undefined,
  subcommands: Many<Command> | undefined,
  about: Option<View>, version: Option<View>, disableHelpFlag: boolean | undefined, disableVersionFlag: boolean | undefined,
  disableHelpSubcommand: boolean | undefined, argRequiredElseHelp: boolean | undefined, subcommandRequired: boolean | undefined,
  hidden: boolean | undefined, groups: Many<ArgGroup> | undefined, defaultSubcommand: Option<View>,
): Command {
  const [f, o, p] = [boxed(flags), boxed(options), boxed(positionals)];
  const cmd: Command = {
    name: viewText(name), args: [...f, ...o, ...p], groups: listOf(groups), subcommands: listOf(subcommands),
    about: optText(about), version: optText(version), disableHelpFlag: disableHelpFlag ?? false,
    disableVersionFlag: disableVersionFlag ?? false, disableHelpSubcommand: disableHelpSubcommand ?? false,
    argRequiredElseHelp: argRequiredElseHelp ?? false, subcommandRequired: subcommandRequired ?? false,
    defaultSubcommand: optText(defaultSubcommand), hidden: hidden ?? false, buildError: firstArgError(f, o, p),
  };
  if (cmd.buildError === undefined) {
    try {
      checkCommand(cmd, []);
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      cmd.buildError = e.message;
    }
  }
  return cmd;
}

const valueRange = (lower: number | undefined, upper: Option<number>): ValueRange => ({ lower: lower ?? 0, upper });

// ---- Matches --------------------------------------------------------------------

interface Matches {
  readonly flags: StringMap<boolean>;
  readonly values: StringMap<string[]>;
  readonly flag_counts: StringMap<number>;
  readonly sources: StringMap<Enum>;
  readonly subcommand: Option<[string, Matches]>;
  readonly counts: StringMap<number>;
  readonly flag_sources: StringMap<Enum>;
  readonly value_sources: StringMap<Enum>;
  readonly parsed_subcommand: Option<[string, Matches]>;
}

/** The public view of a level's parse state: each declared argument that got a value, in declaration order. */
function buildMatches(cmd: Command, raw: State, inherited: readonly Arg[]): Matches {
  const flags = newStringMap<boolean>();
  const values = newStringMap<string[]>();
  const counts = newStringMap<number>();
  const sources = newStringMap<Enum>();
  for (const spec of [...inherited, ...cmd.args]) {
    const name = spec.name;
    const vs = raw.values.get(name);
    if (vs !== undefined) setKey(values, name, [...vs]);
    const count = raw.counts.get(name) ?? 0;
    if (count > 0) setKey(counts, name, count);
    const source: Source | undefined = raw.flagSources.get(name) ?? raw.valueSources.get(name);
    if (source === undefined) continue;
    setKey(sources, name, SOURCE_VALUES.get(source)!);
    if (spec.info.kind === 'flag') setKey(flags, name, spec.info.action === 'Count' ? count > 0 : (raw.flags.get(name) ?? false));
  }
  let subcommand: Option<[string, Matches]> = None;
  if (raw.sub !== undefined) {
    const [name, subRaw] = raw.sub;
    const spec = cmd.subcommands.find((s) => s.name === name)!;
    subcommand = new Some([name, buildMatches(spec, subRaw, mergeGlobals(inherited, globalsOf(cmd.args)))]);
  }
  return {
    flags, values, flag_counts: counts, sources, subcommand,
    counts: newStringMap(), flag_sources: newStringMap(), value_sources: newStringMap(), parsed_subcommand: None,
  };
}

const defaultArgv = (): string[] => ((env.fns['@env.args']!.impl as () => string[])()).slice(1);

function parse(cmd: Command, argv: Strings | undefined, envMap: StringMap<string> | undefined): Matches {
  try {
    return buildMatches(cmd, parseRoot(cmd, argv === undefined ? defaultArgv() : strings(argv), envMap ?? newStringMap()), []);
  } catch (e) {
    if (!(e instanceof Display)) throw e;
    println(e.text.endsWith('\n') ? e.text.slice(0, -1) : e.text);
    throw new Panic('@argparse: help or version shown; MoonBit exits the process here (status 0)');
  }
}

// ---- Debug ----------------------------------------------------------------------

const debugOf = (d: Desc) => d['Debug.to_repr'] as (x: unknown) => R.Repr;
const STRING_ARRAY = desc('Array', [desc('String')]);
const OPT_STRING = desc('Option', [desc('String')]);
const opt = <T>(x: T | undefined, repr: (v: T) => R.Repr): R.Repr => (x === undefined ? R.ctor('None') : R.ctor('Some', [[undefined, repr(x)]]));
const optString = (x: string | undefined): R.Repr => debugOf(OPT_STRING)(x === undefined ? None : new Some(x));
const stringArray = (xs: readonly string[]): R.Repr => debugOf(STRING_ARRAY)(xs);
const record = (fields: readonly (readonly [string, R.Repr])[]): R.Repr => R.record(fields.map(([n, v]) => R.field(n, v)));

function infoRepr(arg: Arg): R.Repr {
  const info = arg.info;
  const defaults = (d: readonly string[] | undefined) => opt(d, stringArray);
  switch (info.kind) {
    case 'flag':
      return R.ctor('FlagInfo', [
        ['short', opt(info.short, R.char)], ['long', optString(info.long)], ['action', R.ctor(info.action)], ['negatable', R.bool(info.negatable)],
      ]);
    case 'option':
      return R.ctor('OptionInfo', [
        ['short', opt(info.short, R.char)], ['long', optString(info.long)], ['action', R.ctor(info.action)],
        ['default_values', defaults(info.defaults)], ['allow_hyphen_values', R.bool(info.allowHyphen)],
      ]);
    case 'positional':
      return R.ctor('PositionalInfo', [
        ['num_args', opt(info.numArgs, rangeRepr)], ['default_values', defaults(info.defaults)], ['allow_hyphen_values', R.bool(info.allowHyphen)],
      ]);
  }
}

const argRepr = (arg: Arg): R.Repr =>
  record([
    ['name', R.string(arg.name)], ['about', optString(arg.about)], ['env', optString(arg.env)], ['requires', stringArray(arg.requires)],
    ['conflicts_with', stringArray(arg.conflicts)], ['required', R.bool(arg.required)], ['global', R.bool(arg.global)],
    ['hidden', R.bool(arg.hidden)], ['info', infoRepr(arg)], ['multiple', R.bool(arg.multiple)],
  ]);

const groupRepr = (g: ArgGroup): R.Repr =>
  record([
    ['name', R.string(g.name)], ['required', R.bool(g.required)], ['multiple', R.bool(g.multiple)], ['args', stringArray(g.args)],
    ['requires', stringArray(g.requires)], ['conflicts_with', stringArray(g.conflicts)],
  ]);

const commandRepr = (c: Command): R.Repr =>
  record([
    ['name', R.string(c.name)], ['args', R.array(c.args.map(argRepr))], ['groups', R.array(c.groups.map(groupRepr))],
    ['subcommands', R.array(c.subcommands.map(commandRepr))], ['about', optString(c.about)], ['version', optString(c.version)],
    ['disable_help_flag', R.bool(c.disableHelpFlag)], ['disable_version_flag', R.bool(c.disableVersionFlag)],
    ['disable_help_subcommand', R.bool(c.disableHelpSubcommand)], ['arg_required_else_help', R.bool(c.argRequiredElseHelp)],
    ['subcommand_required', R.bool(c.subcommandRequired)], ['default_subcommand', optString(c.defaultSubcommand)],
    ['hidden', R.bool(c.hidden)], ['build_error', opt(c.buildError, (m) => R.ctor('Unsupported', [[undefined, R.string(m)]]))],
  ]);

const mapDesc = (v: Desc) => desc('Map', [desc('String'), v]);
const SOURCE_MAP = mapDesc(desc('@argparse.ValueSource'));

function matchesRepr(m: Matches): R.Repr {
  const sub = (s: Option<[string, Matches]>) => opt(isSome(s) ? (s.value as [string, Matches]) : undefined, ([n, c]) => R.tuple([R.string(n), matchesRepr(c)]));
  return record([
    ['flags', debugOf(mapDesc(desc('Bool')))(m.flags)], ['values', debugOf(mapDesc(STRING_ARRAY))(m.values)],
    ['flag_counts', debugOf(mapDesc(desc('Int')))(m.flag_counts)], ['sources', debugOf(SOURCE_MAP)(m.sources)],
    ['subcommand', sub(m.subcommand)], ['counts', debugOf(mapDesc(desc('Int')))(m.counts)],
    ['flag_sources', debugOf(SOURCE_MAP)(m.flag_sources)], ['value_sources', debugOf(SOURCE_MAP)(m.value_sources)],
    ['parsed_subcommand', sub(m.parsed_subcommand)],
  ]);
}

const boxRepr = (b: ArgBox): R.Repr => record([['arg', argRepr(b.arg)]]);

type ArgErrorValue = { _0: string };

// ---- the table ------------------------------------------------------------------

const GROUP_SIG = '(name : StringView, required? : Bool = .., multiple? : Bool = .., args? : ArrayView[String] = .., requires? : ArrayView[String] = .., conflicts_with? : ArrayView[String] = ..) -> ArgGroup';
const COMMAND_SIG =
  '(name : StringView, flags? : ArrayView[FlagArg] = .., options? : ArrayView[OptionArg] = .., positionals? : ArrayView[PositionArg] = .., subcommands? : ArrayView[Command] = .., about? : StringView, version? : StringView, disable_help_flag? : Bool = .., disable_version_flag? : Bool = .., disable_help_subcommand? : Bool = .., arg_required_else_help? : Bool = .., subcommand_required? : Bool = .., hidden? : Bool = .., groups? : ArrayView[ArgGroup] = .., default_subcommand? : StringView) -> Command';
const FLAG_SIG =
  '(name : StringView, short? : Char, long? : StringView = .., about? : StringView, action? : FlagAction = .., env? : StringView, requires? : ArrayView[String] = .., conflicts_with? : ArrayView[String] = .., required? : Bool = .., global? : Bool = .., negatable? : Bool = .., hidden? : Bool = ..) -> FlagArg';
const OPTION_SIG =
  '(name : StringView, short? : Char, long? : StringView = .., about? : StringView, action? : OptionAction = .., env? : StringView, default_values? : ArrayView[String], allow_hyphen_values? : Bool = .., requires? : ArrayView[String] = .., conflicts_with? : ArrayView[String] = .., required? : Bool = .., global? : Bool = .., hidden? : Bool = ..) -> OptionArg';
const POSITION_SIG =
  '(name : StringView, about? : StringView, env? : StringView, default_values? : ArrayView[String], num_args? : ValueRange, allow_hyphen_values? : Bool = .., requires? : ArrayView[String] = .., conflicts_with? : ArrayView[String] = .., global? : Bool = .., hidden? : Bool = ..) -> PositionArg';
const RANGE_SIG = '(lower? : Int = .., upper? : Int) -> ValueRange';
const PARSE_SIG = '(self : Command, argv? : ArrayView[String] = .., env? : Map[String, String] = ..) -> Matches raise';

const enumEqual = (a: Enum, b: Enum): boolean => a.$c === b.$c;
const enumName = (x: Enum): string => x.$c;

export default defineModule('argparse', {
  decls: `
    type ArgGroup
    type Command
    pub(all) enum FlagAction {
      SetTrue
      SetFalse
      Count
      Help
      Version
    }
    type FlagArg
    pub struct Matches {
      flags : Map[String, Bool]
      values : Map[String, Array[String]]
      flag_counts : Map[String, Int]
      sources : Map[String, ValueSource]
      subcommand : (String, Matches)?
    }
    pub(all) enum OptionAction {
      Set
      Append
    }
    type OptionArg
    type PositionArg
    type ValueRange
    pub enum ValueSource {
      Argv
      Env
      Default
    }
    priv suberror ArgError {
      Message(String)
    }
  `,
  fns: {
    'ArgGroup::ArgGroup': fn(`fn ArgGroup::ArgGroup${GROUP_SIG}`, argGroup),
    'ArgGroup::new': fn(`fn ArgGroup::new${GROUP_SIG}`, argGroup),
    'Command::Command': fn(`fn Command::Command${COMMAND_SIG}`, command),
    'Command::new': fn(`fn Command::new${COMMAND_SIG}`, command),
    'Command::parse': fn(`fn Command::parse${PARSE_SIG}`, parse),
    parse: fn(`fn parse${PARSE_SIG}`, parse),
    'Command::render_help': fn('fn Command::render_help(self : Command) -> String', renderHelp),
    'FlagArg::FlagArg': fn(`fn FlagArg::FlagArg${FLAG_SIG}`, flagArg),
    'FlagArg::new': fn(`fn FlagArg::new${FLAG_SIG}`, flagArg),
    'OptionArg::OptionArg': fn(`fn OptionArg::OptionArg${OPTION_SIG}`, optionArg),
    'OptionArg::new': fn(`fn OptionArg::new${OPTION_SIG}`, optionArg),
    'PositionArg::PositionArg': fn(`fn PositionArg::PositionArg${POSITION_SIG}`, positionArg),
    'PositionArg::new': fn(`fn PositionArg::new${POSITION_SIG}`, positionArg),
    'ValueRange::ValueRange': fn(`fn ValueRange::ValueRange${RANGE_SIG}`, valueRange),
    'ValueRange::new': fn(`fn ValueRange::new${RANGE_SIG}`, valueRange),
    'ValueRange::single': fn('fn ValueRange::single() -> ValueRange', () => valueRange(1, new Some(1))),
    'ValueRange::equal': fn('fn ValueRange::equal(self : ValueRange, other : ValueRange) -> Bool', rangeEqual),
    'ValueRange::to_string': fn('fn ValueRange::to_string(self : ValueRange) -> String', (r: ValueRange) => showText(rangeOutput, r)),
    'FlagAction::equal': fn('fn FlagAction::equal(self : FlagAction, other : FlagAction) -> Bool', enumEqual),
    'FlagAction::to_string': fn('fn FlagAction::to_string(self : FlagAction) -> String', enumName),
    'OptionAction::equal': fn('fn OptionAction::equal(self : OptionAction, other : OptionAction) -> Bool', enumEqual),
    'OptionAction::to_string': fn('fn OptionAction::to_string(self : OptionAction) -> String', enumName),
    'ValueSource::equal': fn('fn ValueSource::equal(self : ValueSource, other : ValueSource) -> Bool', enumEqual),
    'ValueSource::to_string': fn('fn ValueSource::to_string(self : ValueSource) -> String', (s: Enum) => showText(sourceOutput, s)),
  },
  impls: {
    'Eq for @argparse.FlagAction': impl('impl Eq for FlagAction', flagActionImpls.Eq!),
    'Show for @argparse.FlagAction': impl('impl Show for FlagAction', { to_string: enumName }),
    'Debug for @argparse.FlagAction': impl('impl Debug for FlagAction', flagActionImpls.Debug!),
    'Eq for @argparse.OptionAction': impl('impl Eq for OptionAction', optionActionImpls.Eq!),
    'Show for @argparse.OptionAction': impl('impl Show for OptionAction', { to_string: enumName }),
    'Debug for @argparse.OptionAction': impl('impl Debug for OptionAction', optionActionImpls.Debug!),
    'Eq for @argparse.ValueSource': impl('impl Eq for ValueSource', sourceImpls.Eq!),
    'Show for @argparse.ValueSource': impl('impl Show for ValueSource', sourceImpls.Show!),
    'Debug for @argparse.ValueSource': impl('impl Debug for ValueSource', sourceImpls.Debug!),
    'Eq for @argparse.ValueRange': impl('impl Eq for ValueRange', rangeImpls.Eq!),
    'Show for @argparse.ValueRange': impl('impl Show for ValueRange', rangeImpls.Show!),
    'Debug for @argparse.ValueRange': impl('impl Debug for ValueRange', rangeImpls.Debug!),
    'Debug for @argparse.ArgGroup': impl('impl Debug for ArgGroup', { to_repr: groupRepr }),
    'Debug for @argparse.Command': impl('impl Debug for Command', { to_repr: commandRepr }),
    'Debug for @argparse.FlagArg': impl('impl Debug for FlagArg', { to_repr: boxRepr }),
    'Debug for @argparse.OptionArg': impl('impl Debug for OptionArg', { to_repr: boxRepr }),
    'Debug for @argparse.PositionArg': impl('impl Debug for PositionArg', { to_repr: boxRepr }),
    'Debug for @argparse.Matches': impl('impl Debug for Matches', { to_repr: matchesRepr }),
    'Show for @argparse.ArgError': impl('impl Show for ArgError', { output: (e: ArgErrorValue, logger: Logger) => logger.write_string(e._0) }),
    'Debug for @argparse.ArgError': impl('impl Debug for ArgError', { to_repr: (e: ArgErrorValue) => R.literal(e._0) }),
  },
});
