// @argparse through the whole table. Each case is a MoonBit expression the
// oracle ran, in a local package compiled from core's newest argparse
// sources (the oracle's own core has an older argparse), so its names are
// unqualified, as they are inside a doc's `@argparse.Command(..)` call;
// `env` was written `Map::new()` for `{}` there. The expected strings are
// what the oracle printed:
//   parsed:  try cmd.parse(argv=.., env=..) catch { e => e.to_string() } noraise { m => @debug.to_string(m) }
//   help:    cmd.render_help()
//   debug:   @debug.to_string(expr)
//   show:    println(expr)
// The test reads the expression with a small evaluator (calls with labeled
// arguments, literals, arrays, map literals, enum constructors, `==` and
// `.to_string()`) and computes the same through the table's entries.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { desc } from '../../../harness/runtime/desc.ts';
import { MoonBitError } from '../../../harness/runtime/core-values.ts';
import { None, Panic, Some } from '../../../harness/runtime/values.ts';
import { takeOutput } from '../../../harness/runtime/output.ts';
import { coreTable } from '../../../harness/corelib/runtime.ts';
import { render } from '../../../harness/corelib/support/pretty.ts';
import { newStringMap, setKey } from '../../../harness/corelib/support/maps.ts';
import { errorToString } from '../../../harness/corelib/support/errors.ts';
import argparse from '../../../harness/corelib/argparse.ts';
import type * as R from '../../../harness/corelib/support/repr.ts';

const table = coreTable();
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFn = (...args: any[]) => any;
const entry = (key: string): AnyFn => table[`@argparse.${key}`] as AnyFn;

type Value = { v: unknown; type: string };

const ENUMS: Record<string, readonly string[]> = {
  FlagAction: ['SetTrue', 'SetFalse', 'Count', 'Help', 'Version'],
  OptionAction: ['Set', 'Append'],
};
const enumType = (ctor: string) => Object.keys(ENUMS).find((t) => ENUMS[t]!.includes(ctor));

/** Calls table entry `key` the way generated code does: parameters in signature order, labeled ones by name. */
function call(key: string, positional: unknown[], labeled: Map<string, unknown>): unknown {
  const sig = argparse.fns[`@argparse.${key}`]!.sig;
  const params = sig.slice(sig.indexOf('(') + 1, sig.lastIndexOf(')')).split(/, (?=\w+[?~]? :)/).filter((p) => p !== '');
  const args = params.map((p) => {
    const [, name, mark, dflt] = /^(\w+)(\?)? : .*?( = \.\.)?$/.exec(p)!;
    if (mark === undefined) return positional.shift();
    const given = labeled.get(name!);
    if (dflt !== undefined) return given;
    return given === undefined ? None : new Some(given);
  });
  return entry(key)(...args);
}

/** Evaluates the MoonBit expressions of the cases. */
class Reader {
  private at = 0;
  constructor(private readonly src: string) {}

  private skip(): void {
    while (this.src[this.at] === ' ') this.at++;
  }
  private eat(s: string): boolean {
    this.skip();
    if (!this.src.startsWith(s, this.at)) return false;
    this.at += s.length;
    return true;
  }
  private expect(s: string): void {
    if (!this.eat(s)) throw new Error(`expected ${s} at ${this.at} in ${this.src}`);
  }
  private ident(): string {
    this.skip();
    const m = /^[A-Za-z_]\w*/.exec(this.src.slice(this.at))!;
    this.at += m[0].length;
    return m[0];
  }

  whole(): Value {
    const v = this.expr();
    this.skip();
    assert.equal(this.at, this.src.length, `unread text in ${this.src}`);
    return v;
  }

  private expr(): Value {
    const left = this.postfix();
    if (this.eat('==')) return { v: entry(`${left.type}::equal`)(left.v, this.postfix().v), type: 'Bool' };
    if (this.eat('+')) return { v: (left.v as string) + (this.postfix().v as string), type: 'String' };
    return left;
  }

  private postfix(): Value {
    let v = this.primary();
    while (this.eat('.')) {
      const name = this.ident();
      this.expect('(');
      this.expect(')');
      v = { v: entry(`${v.type}::${name}`)(v.v), type: 'String' };
    }
    return v;
  }

  private args(): [unknown[], Map<string, unknown>] {
    const positional: unknown[] = [];
    const labeled = new Map<string, unknown>();
    while (!this.eat(')')) {
      const label = /^\s*(\w+)=/.exec(this.src.slice(this.at));
      if (label) {
        this.at += label[0].length;
        labeled.set(label[1]!, this.expr().v);
      } else positional.push(this.expr().v);
      this.eat(',');
    }
    return [positional, labeled];
  }

  private primary(): Value {
    this.skip();
    const rest = this.src.slice(this.at);
    const str = /^"((?:[^"\\]|\\.)*)"/.exec(rest);
    if (str) {
      this.at += str[0].length;
      return { v: JSON.parse(str[0]), type: 'String' };
    }
    const ch = /^'(.)'/u.exec(rest);
    if (ch) {
      this.at += ch[0].length;
      return { v: ch[1]!.codePointAt(0), type: 'Char' };
    }
    const int = /^-?\d+/.exec(rest);
    if (int) {
      this.at += int[0].length;
      return { v: Number(int[0]), type: 'Int' };
    }
    if (this.eat('[')) {
      const items: unknown[] = [];
      while (!this.eat(']')) {
        items.push(this.expr().v);
        this.eat(',');
      }
      return { v: items, type: 'Array' };
    }
    if (this.eat('{')) {
      const m = newStringMap<unknown>();
      while (!this.eat('}')) {
        const key = this.primary().v as string;
        this.expect(':');
        setKey(m, key, this.expr().v);
        this.eat(',');
      }
      return { v: m, type: 'Map' };
    }
    const name = this.ident();
    if (name === 'true' || name === 'false') return { v: name === 'true', type: 'Bool' };
    if (this.eat('::')) {
      const member = this.ident();
      if (!this.eat('(')) return { v: { $c: member }, type: name };
      const [positional, labeled] = this.args();
      return { v: call(`${name}::${member}`, positional, labeled), type: name };
    }
    if (!this.eat('(')) return { v: { $c: name }, type: enumType(name)! };
    const [positional, labeled] = this.args();
    return { v: call(`${name}::${name}`, positional, labeled), type: name };
  }
}

const evaluate = (src: string): Value => new Reader(src).whole();
const reprOf = (type: string, x: unknown) => render((desc(`@argparse.${type}`)['Debug.to_repr'] as (x: unknown) => R.Repr)(x));

type Case = [mbt: string, expected: string, actual: () => string];
const cases: Case[] = [];

function parsed(cmd: string, argv: string[], env: string, expected: string): void {
  cases.push([`${cmd} parse argv=${JSON.stringify(argv)} env=${env}`, expected, () => {
    try {
      return reprOf('Matches', entry('Command::parse')(evaluate(cmd).v, argv, evaluate(env).v));
    } catch (e) {
      assert.ok(e instanceof MoonBitError && e.type === '@argparse.ArgError', String(e));
      return errorToString(e);
    }
  }]);
}
const help = (cmd: string, expected: string) => cases.push([`${cmd}.render_help()`, expected, () => entry('Command::render_help')(evaluate(cmd).v)]);
const debug = (expr: string, expected: string) =>
  cases.push([`@debug.to_string(${expr})`, expected, () => {
    const { v, type } = evaluate(expr);
    return reprOf(type, v);
  }]);
const show = (expr: string, expected: string) =>
  cases.push([`println(${expr})`, expected, () => {
    const { v, type } = evaluate(expr);
    return type === 'Bool' || type === 'String' ? String(v) : (desc(`@argparse.${type}`)['Show.to_string'] as (x: unknown) => string)(v);
  }]);

parsed("Command(\"demo\", flags=[FlagArg(\"verbose\", short='v'), FlagArg(\"quiet\", action=SetFalse)])", ["-v","--quiet"], "{}", "{\n  flags: { \"verbose\": true, \"quiet\": false },\n  values: {},\n  flag_counts: {},\n  sources: { \"verbose\": Argv, \"quiet\": Argv },\n  subcommand: None,\n  counts: {},\n  flag_sources: {},\n  value_sources: {},\n  parsed_subcommand: None,\n}");
parsed("Command(\"demo\", flags=[FlagArg(\"a\", short='a'), FlagArg(\"b\", short='b', action=Count)], options=[OptionArg(\"c\", short='c')])", ["-abbc","x"], "{}", "{\n  flags: { \"a\": true, \"b\": true },\n  values: { \"c\": [\"x\"] },\n  flag_counts: { \"b\": 2 },\n  sources: { \"a\": Argv, \"b\": Argv, \"c\": Argv },\n  subcommand: None,\n  counts: {},\n  flag_sources: {},\n  value_sources: {},\n  parsed_subcommand: None,\n}");
parsed("Command(\"demo\", flags=[FlagArg(\"a\", short='a')], options=[OptionArg(\"c\", short='c')])", ["-ac=5"], "{}", "{\n  flags: { \"a\": true },\n  values: { \"c\": [\"5\"] },\n  flag_counts: {},\n  sources: { \"a\": Argv, \"c\": Argv },\n  subcommand: None,\n  counts: {},\n  flag_sources: {},\n  value_sources: {},\n  parsed_subcommand: None,\n}");
parsed("Command(\"demo\", options=[OptionArg(\"tag\", short='t', action=Append)])", ["-t","a","--tag=b","--tag","c=d"], "{}", "{\n  flags: {},\n  values: { \"tag\": [\"a\", \"b\", \"c=d\"] },\n  flag_counts: {},\n  sources: { \"tag\": Argv },\n  subcommand: None,\n  counts: {},\n  flag_sources: {},\n  value_sources: {},\n  parsed_subcommand: None,\n}");
parsed("Command(\"demo\", options=[OptionArg(\"n\", allow_hyphen_values=true)])", ["--n","-5"], "{}", "{\n  flags: {},\n  values: { \"n\": [\"-5\"] },\n  flag_counts: {},\n  sources: { \"n\": Argv },\n  subcommand: None,\n  counts: {},\n  flag_sources: {},\n  value_sources: {},\n  parsed_subcommand: None,\n}");
parsed("Command(\"demo\", options=[OptionArg(\"n\")], positionals=[PositionArg(\"x\")])", ["-7"], "{}", "{\n  flags: {},\n  values: { \"x\": [\"-7\"] },\n  flag_counts: {},\n  sources: { \"x\": Argv },\n  subcommand: None,\n  counts: {},\n  flag_sources: {},\n  value_sources: {},\n  parsed_subcommand: None,\n}");
parsed("Command(\"demo\", positionals=[PositionArg(\"src\", num_args=ValueRange(lower=1)), PositionArg(\"dst\", num_args=ValueRange::single())])", ["a","b","c"], "{}", "{\n  flags: {},\n  values: { \"src\": [\"a\", \"b\"], \"dst\": [\"c\"] },\n  flag_counts: {},\n  sources: { \"src\": Argv, \"dst\": Argv },\n  subcommand: None,\n  counts: {},\n  flag_sources: {},\n  value_sources: {},\n  parsed_subcommand: None,\n}");
parsed("Command(\"demo\", positionals=[PositionArg(\"a\"), PositionArg(\"b\")])", ["1"], "{}", "{\n  flags: {},\n  values: { \"a\": [\"1\"] },\n  flag_counts: {},\n  sources: { \"a\": Argv },\n  subcommand: None,\n  counts: {},\n  flag_sources: {},\n  value_sources: {},\n  parsed_subcommand: None,\n}");
parsed("Command(\"demo\", flags=[FlagArg(\"x\", long=\"\", short='x')])", ["-x"], "{}", "{\n  flags: { \"x\": true },\n  values: {},\n  flag_counts: {},\n  sources: { \"x\": Argv },\n  subcommand: None,\n  counts: {},\n  flag_sources: {},\n  value_sources: {},\n  parsed_subcommand: None,\n}");
parsed("Command(\"demo\", flags=[FlagArg(\"color\", negatable=true)])", ["--color","--no-color"], "{}", "{\n  flags: { \"color\": false },\n  values: {},\n  flag_counts: {},\n  sources: { \"color\": Argv },\n  subcommand: None,\n  counts: {},\n  flag_sources: {},\n  value_sources: {},\n  parsed_subcommand: None,\n}");
parsed("Command(\"demo\", flags=[FlagArg(\"off\", negatable=true, action=SetFalse)])", ["--no-off"], "{}", "{\n  flags: { \"off\": true },\n  values: {},\n  flag_counts: {},\n  sources: { \"off\": Argv },\n  subcommand: None,\n  counts: {},\n  flag_sources: {},\n  value_sources: {},\n  parsed_subcommand: None,\n}");
parsed("Command(\"demo\", flags=[FlagArg(\"v\", short='v', action=Count, negatable=true)])", ["-vvv","--no-v"], "{}", "{\n  flags: { \"v\": false },\n  values: {},\n  flag_counts: {},\n  sources: { \"v\": Argv },\n  subcommand: None,\n  counts: {},\n  flag_sources: {},\n  value_sources: {},\n  parsed_subcommand: None,\n}");
parsed("Command(\"demo\", flags=[FlagArg(\"v\", short='v', action=Count)])", ["-v","-v","-v"], "{}", "{\n  flags: { \"v\": true },\n  values: {},\n  flag_counts: { \"v\": 3 },\n  sources: { \"v\": Argv },\n  subcommand: None,\n  counts: {},\n  flag_sources: {},\n  value_sources: {},\n  parsed_subcommand: None,\n}");
parsed("Command(\"demo\", flags=[FlagArg(\"debug\", env=\"DEBUG\")])", [], "{ \"DEBUG\": \"yes\" }", "{\n  flags: { \"debug\": true },\n  values: {},\n  flag_counts: {},\n  sources: { \"debug\": Env },\n  subcommand: None,\n  counts: {},\n  flag_sources: {},\n  value_sources: {},\n  parsed_subcommand: None,\n}");
parsed("Command(\"demo\", flags=[FlagArg(\"debug\", env=\"DEBUG\", action=SetFalse)])", [], "{ \"DEBUG\": \"on\" }", "{\n  flags: { \"debug\": false },\n  values: {},\n  flag_counts: {},\n  sources: { \"debug\": Env },\n  subcommand: None,\n  counts: {},\n  flag_sources: {},\n  value_sources: {},\n  parsed_subcommand: None,\n}");
parsed("Command(\"demo\", flags=[FlagArg(\"v\", env=\"V\", action=Count)])", [], "{ \"V\": \"3\" }", "{\n  flags: { \"v\": true },\n  values: {},\n  flag_counts: { \"v\": 3 },\n  sources: { \"v\": Env },\n  subcommand: None,\n  counts: {},\n  flag_sources: {},\n  value_sources: {},\n  parsed_subcommand: None,\n}");
parsed("Command(\"demo\", flags=[FlagArg(\"debug\", env=\"DEBUG\")])", [], "{ \"DEBUG\": \"maybe\" }", "error: invalid value 'maybe' for boolean flag; expected one of: 1, 0, true, false, yes, no, on, off\n\nUsage: demo [options]\n\nOptions:\n  -h, --help  Show help information.\n  --debug     [env: DEBUG]\n");
parsed("Command(\"demo\", flags=[FlagArg(\"v\", env=\"V\", action=Count)])", [], "{ \"V\": \"-1\" }", "error: invalid value '-1' for count; expected a non-negative integer\n\nUsage: demo [options]\n\nOptions:\n  -h, --help  Show help information.\n  --v         [env: V]\n");
parsed("Command(\"demo\", options=[OptionArg(\"mode\", default_values=[\"a\", \"b\"], action=Append)], positionals=[PositionArg(\"p\", env=\"P\")])", [], "{ \"P\": \"from-env\" }", "{\n  flags: {},\n  values: { \"mode\": [\"a\", \"b\"], \"p\": [\"from-env\"] },\n  flag_counts: {},\n  sources: { \"mode\": Default, \"p\": Env },\n  subcommand: None,\n  counts: {},\n  flag_sources: {},\n  value_sources: {},\n  parsed_subcommand: None,\n}");
parsed("Command(\"demo\", positionals=[PositionArg(\"p\", num_args=ValueRange(lower=0, upper=2), default_values=[\"1\", \"2\", \"3\"])])", [], "{}", "error: 'p' allows at most 2 values but 3 were provided\n\nUsage: demo [p...]\n\nArguments:\n  p...  [default: 1, 2, 3]\n\nOptions:\n  -h, --help  Show help information.\n");
parsed("Command(\"demo\", flags=[FlagArg(\"verbose\", short='v', action=Count, global=true)], options=[OptionArg(\"level\", global=true)], subcommands=[Command(\"run\", positionals=[PositionArg(\"job\")])])", ["run","--level","3","j1","-v"], "{}", "{\n  flags: { \"verbose\": true },\n  values: { \"level\": [\"3\"] },\n  flag_counts: { \"verbose\": 1 },\n  sources: { \"verbose\": Argv, \"level\": Argv },\n  subcommand: Some(\n    (\n      \"run\",\n      {\n        flags: { \"verbose\": true },\n        values: { \"level\": [\"3\"], \"job\": [\"j1\"] },\n        flag_counts: { \"verbose\": 1 },\n        sources: { \"verbose\": Argv, \"level\": Argv, \"job\": Argv },\n        subcommand: None,\n        counts: {},\n        flag_sources: {},\n        value_sources: {},\n        parsed_subcommand: None,\n      },\n    ),\n  ),\n  counts: {},\n  flag_sources: {},\n  value_sources: {},\n  parsed_subcommand: None,\n}");
parsed("Command(\"demo\", options=[OptionArg(\"level\", global=true)], subcommands=[Command(\"run\")])", ["--level","1","run","--level","2"], "{}", "error: argument '--level' cannot be used multiple times\n\nUsage: demo [options] [command]\n\nCommands:\n  run   \n  help  Print help for the subcommand(s).\n\nOptions:\n  -h, --help       Show help information.\n  --level <level>  \n");
parsed("Command(\"demo\", options=[OptionArg(\"tag\", global=true, action=Append)], subcommands=[Command(\"run\")])", ["--tag","a","run","--tag","b"], "{}", "{\n  flags: {},\n  values: { \"tag\": [\"a\", \"b\"] },\n  flag_counts: {},\n  sources: { \"tag\": Argv },\n  subcommand: Some(\n    (\n      \"run\",\n      {\n        flags: {},\n        values: { \"tag\": [\"a\", \"b\"] },\n        flag_counts: {},\n        sources: { \"tag\": Argv },\n        subcommand: None,\n        counts: {},\n        flag_sources: {},\n        value_sources: {},\n        parsed_subcommand: None,\n      },\n    ),\n  ),\n  counts: {},\n  flag_sources: {},\n  value_sources: {},\n  parsed_subcommand: None,\n}");
parsed("Command(\"demo\", options=[OptionArg(\"level\", global=true, env=\"LEVEL\")], subcommands=[Command(\"run\")])", ["run"], "{ \"LEVEL\": \"9\" }", "{\n  flags: {},\n  values: { \"level\": [\"9\"] },\n  flag_counts: {},\n  sources: { \"level\": Env },\n  subcommand: Some(\n    (\n      \"run\",\n      {\n        flags: {},\n        values: { \"level\": [\"9\"] },\n        flag_counts: {},\n        sources: { \"level\": Env },\n        subcommand: None,\n        counts: {},\n        flag_sources: {},\n        value_sources: {},\n        parsed_subcommand: None,\n      },\n    ),\n  ),\n  counts: {},\n  flag_sources: {},\n  value_sources: {},\n  parsed_subcommand: None,\n}");
parsed("Command(\"demo\", flags=[FlagArg(\"fast\", global=true)], subcommands=[Command(\"a\", subcommands=[Command(\"b\")])])", ["a","b","--fast"], "{}", "{\n  flags: { \"fast\": true },\n  values: {},\n  flag_counts: {},\n  sources: { \"fast\": Argv },\n  subcommand: Some(\n    (\n      \"a\",\n      {\n        flags: { \"fast\": true },\n        values: {},\n        flag_counts: {},\n        sources: { \"fast\": Argv },\n        subcommand: Some(\n          (\n            \"b\",\n            {\n              flags: { \"fast\": true },\n              values: {},\n              flag_counts: {},\n              sources: { \"fast\": Argv },\n              subcommand: None,\n              counts: {},\n              flag_sources: {},\n              value_sources: {},\n              parsed_subcommand: None,\n            },\n          ),\n        ),\n        counts: {},\n        flag_sources: {},\n        value_sources: {},\n        parsed_subcommand: None,\n      },\n    ),\n  ),\n  counts: {},\n  flag_sources: {},\n  value_sources: {},\n  parsed_subcommand: None,\n}");
parsed("Command(\"demo\", options=[OptionArg(\"level\", global=true)], subcommands=[Command(\"run\")], default_subcommand=\"run\")", ["--level","2"], "{}", "{\n  flags: {},\n  values: { \"level\": [\"2\"] },\n  flag_counts: {},\n  sources: { \"level\": Argv },\n  subcommand: Some(\n    (\n      \"run\",\n      {\n        flags: {},\n        values: { \"level\": [\"2\"] },\n        flag_counts: {},\n        sources: { \"level\": Argv },\n        subcommand: None,\n        counts: {},\n        flag_sources: {},\n        value_sources: {},\n        parsed_subcommand: None,\n      },\n    ),\n  ),\n  counts: {},\n  flag_sources: {},\n  value_sources: {},\n  parsed_subcommand: None,\n}");
parsed("Command(\"demo\", subcommands=[Command(\"run\", positionals=[PositionArg(\"x\")])], default_subcommand=\"run\")", ["file"], "{}", "{\n  flags: {},\n  values: {},\n  flag_counts: {},\n  sources: {},\n  subcommand: Some(\n    (\n      \"run\",\n      {\n        flags: {},\n        values: { \"x\": [\"file\"] },\n        flag_counts: {},\n        sources: { \"x\": Argv },\n        subcommand: None,\n        counts: {},\n        flag_sources: {},\n        value_sources: {},\n        parsed_subcommand: None,\n      },\n    ),\n  ),\n  counts: {},\n  flag_sources: {},\n  value_sources: {},\n  parsed_subcommand: None,\n}");
parsed("Command(\"demo\", subcommand_required=true, subcommands=[Command(\"build\"), Command(\"test\")])", ["biuld"], "{}", "error: unexpected value 'biuld' found; no more were expected\n\n  tip: a similar subcommand exists: 'build'\n\nUsage: demo <command>\n\nCommands:\n  build  \n  test   \n  help   Print help for the subcommand(s).\n\nOptions:\n  -h, --help  Show help information.\n");
parsed("Command(\"demo\", positionals=[PositionArg(\"x\")], subcommands=[Command(\"run\")])", ["a","run"], "{}", "error: subcommand 'run' cannot be used with positional arguments\n\nUsage: demo [x] [command]\n\nCommands:\n  run   \n  help  Print help for the subcommand(s).\n\nArguments:\n  x  \n\nOptions:\n  -h, --help  Show help information.\n");
parsed("Command(\"demo\", positionals=[PositionArg(\"x\")], subcommands=[Command(\"run\")])", ["a","help"], "{}", "error: subcommand 'help' cannot be used with positional arguments\n\nUsage: demo [x] [command]\n\nCommands:\n  run   \n  help  Print help for the subcommand(s).\n\nArguments:\n  x  \n\nOptions:\n  -h, --help  Show help information.\n");
parsed("Command(\"demo\", subcommands=[Command(\"run\")])", ["help","rnu"], "{}", "error: unknown subcommand: rnu\n\nUsage: demo [command]\n\nCommands:\n  run   \n  help  Print help for the subcommand(s).\n\nOptions:\n  -h, --help  Show help information.\n");
parsed("Command(\"demo\", subcommands=[Command(\"run\")])", ["help","--x"], "{}", "error: unexpected help argument: --x\n\nUsage: demo [command]\n\nCommands:\n  run   \n  help  Print help for the subcommand(s).\n\nOptions:\n  -h, --help  Show help information.\n");
parsed("Command(\"demo\", flags=[FlagArg(\"verbose\")])", ["--verbos"], "{}", "error: unexpected argument '--verbos' found\n\n  tip: a similar argument exists: '--verbose'\n\nUsage: demo [options]\n\nOptions:\n  -h, --help  Show help information.\n  --verbose   \n");
parsed("Command(\"demo\", flags=[FlagArg(\"verbose\")])", ["--zzz=1"], "{}", "error: unexpected argument '--zzz' found\n\nUsage: demo [options]\n\nOptions:\n  -h, --help  Show help information.\n  --verbose   \n");
parsed("Command(\"demo\", flags=[FlagArg(\"all\", short='a')])", ["-b"], "{}", "error: unexpected argument '-b' found\n\n  tip: a similar argument exists: '-a'\n\nUsage: demo [options]\n\nOptions:\n  -h, --help  Show help information.\n  -a, --all   \n");
parsed("Command(\"demo\", flags=[FlagArg(\"all\", short='a')])", ["-Z"], "{}", "error: unexpected argument '-Z' found\n\n  tip: a similar argument exists: '-a'\n\nUsage: demo [options]\n\nOptions:\n  -h, --help  Show help information.\n  -a, --all   \n");
parsed("Command(\"demo\", flags=[FlagArg(\"all\")])", ["--all=yes"], "{}", "error: unexpected argument '--all=yes' found\n\nUsage: demo [options]\n\nOptions:\n  -h, --help  Show help information.\n  --all       \n");
parsed("Command(\"demo\", flags=[FlagArg(\"c\", negatable=true)])", ["--no-c=1"], "{}", "error: unexpected argument '--no-c=1' found\n\nUsage: demo [options]\n\nOptions:\n  -h, --help  Show help information.\n  --[no-]c    \n");
parsed("Command(\"demo\", options=[OptionArg(\"name\", short='n')])", ["--name"], "{}", "error: a value is required for '--name' but none was supplied\n\nUsage: demo [options]\n\nOptions:\n  -h, --help         Show help information.\n  -n, --name <name>  \n");
parsed("Command(\"demo\", options=[OptionArg(\"name\", short='n')])", ["-n","--other"], "{}", "error: a value is required for '-n' but none was supplied\n\nUsage: demo [options]\n\nOptions:\n  -h, --help         Show help information.\n  -n, --name <name>  \n");
parsed("Command(\"demo\", options=[OptionArg(\"name\", short='n')])", ["-n","a","--name","b"], "{}", "error: argument '--name' cannot be used multiple times\n\nUsage: demo [options]\n\nOptions:\n  -h, --help         Show help information.\n  -n, --name <name>  \n");
parsed("Command(\"demo\", options=[OptionArg(\"name\", required=true)])", [], "{}", "error: the following required argument was not provided: 'name'\n\nUsage: demo --name <name>\n\nOptions:\n  -h, --help     Show help information.\n  --name <name>  \n");
parsed("Command(\"demo\", flags=[FlagArg(\"a\", requires=[\"b\"]), FlagArg(\"b\")])", ["--a"], "{}", "error: the following required argument was not provided: 'b' (required by 'a')\n\nUsage: demo [options]\n\nOptions:\n  -h, --help  Show help information.\n  --a         \n  --b         \n");
parsed("Command(\"demo\", positionals=[PositionArg(\"files\", num_args=ValueRange(lower=2))])", ["one"], "{}", "error: 'files' requires at least 2 values but only 1 were provided\n\nUsage: demo <files...>\n\nArguments:\n  files...  \n\nOptions:\n  -h, --help  Show help information.\n");
parsed("Command(\"demo\", positionals=[PositionArg(\"x\", num_args=ValueRange::single())])", [], "{}", "error: 'x' requires at least 1 values but only 0 were provided\n\nUsage: demo <x>\n\nArguments:\n  x  \n\nOptions:\n  -h, --help  Show help information.\n");
parsed("Command(\"demo\")", ["stray"], "{}", "error: unexpected value 'stray' found; no more were expected\n\nUsage: demo\n\nOptions:\n  -h, --help  Show help information.\n");
parsed("Command(\"demo\", positionals=[PositionArg(\"x\")])", ["a","b"], "{}", "error: unexpected value 'b' for '<x>' found; no more were expected\n\nUsage: demo [x]\n\nArguments:\n  x  \n\nOptions:\n  -h, --help  Show help information.\n");
parsed("Command(\"demo\", groups=[ArgGroup(\"out\", required=true, args=[\"json\", \"text\"])], options=[OptionArg(\"json\")], positionals=[PositionArg(\"text\")])", [], "{}", "error: the following required arguments were not provided:\n  <--json <json>|<text>>\n\nUsage: demo [options] [text]\n\nArguments:\n  text  \n\nOptions:\n  -h, --help     Show help information.\n  --json <json>  \n\nGroups:\n  out [required]  --json <json>, text\n");
parsed("Command(\"demo\", groups=[ArgGroup(\"out\", required=true, args=[\"json\"])], flags=[FlagArg(\"json\", hidden=true)])", [], "{}", "error: the following required argument group was not provided: 'out'\n\nUsage: demo\n\nOptions:\n  -h, --help  Show help information.\n");
parsed("Command(\"demo\", groups=[ArgGroup(\"out\", multiple=false, args=[\"a\", \"b\"])], flags=[FlagArg(\"a\"), FlagArg(\"b\")])", ["--a","--b"], "{}", "error: group conflict out\n\nUsage: demo [options]\n\nOptions:\n  -h, --help  Show help information.\n  --a         \n  --b         \n\nGroups:\n  out [exclusive]  --a, --b\n");
parsed("Command(\"demo\", groups=[ArgGroup(\"g1\", args=[\"a\"], conflicts_with=[\"g2\"]), ArgGroup(\"g2\", args=[\"b\"])], flags=[FlagArg(\"a\"), FlagArg(\"b\")])", ["--a","--b"], "{}", "error: group conflict g1 conflicts with g2\n\nUsage: demo [options]\n\nOptions:\n  -h, --help  Show help information.\n  --a         \n  --b         \n\nGroups:\n  g1  --a\n  g2  --b\n");
parsed("Command(\"demo\", groups=[ArgGroup(\"g1\", args=[\"a\"], requires=[\"b\"])], flags=[FlagArg(\"a\"), FlagArg(\"b\")])", ["--a"], "{}", "error: the following required argument was not provided: 'b'\n\nUsage: demo [options]\n\nOptions:\n  -h, --help  Show help information.\n  --a         \n  --b         \n\nGroups:\n  g1  --a\n");
parsed("Command(\"demo\", groups=[ArgGroup(\"g1\", args=[\"a\"], requires=[\"g2\"]), ArgGroup(\"g2\", args=[\"b\"])], flags=[FlagArg(\"a\"), FlagArg(\"b\")])", ["--a"], "{}", "error: the following required arguments were not provided:\n  <--b>\n\nUsage: demo [options]\n\nOptions:\n  -h, --help  Show help information.\n  --a         \n  --b         \n\nGroups:\n  g1  --a\n  g2  --b\n");
parsed("Command(\"demo\", flags=[FlagArg(\"v\", short='v', global=true)], subcommands=[Command(\"run\", options=[OptionArg(\"level\", required=true)])])", ["run"], "{}", "error: the following required argument was not provided: 'level'\n\nUsage: demo run --level <level> [options]\n\nOptions:\n  -h, --help       Show help information.\n  -v, --v          \n  --level <level>  \n");
parsed("Command(\"demo\", flags=[FlagArg(\"a\"), FlagArg(\"a\")])", [], "{}", "error: command definition validation failed: duplicate arg name: a");
parsed("Command(\"demo\", flags=[FlagArg(\"a\", short='x'), FlagArg(\"b\", short='x')])", [], "{}", "error: command definition validation failed: duplicate short option: -x");
parsed("Command(\"demo\", flags=[FlagArg(\"a\", long=\"\")])", [], "{}", "error: command definition validation failed: flag/option args require short/long/env");
parsed("Command(\"demo\", flags=[FlagArg(\"a\", requires=[\"zzz\"])])", [], "{}", "error: command definition validation failed: unknown requires target: a -> zzz");
parsed("Command(\"demo\", positionals=[PositionArg(\"p\", num_args=ValueRange(lower=3, upper=1))])", [], "{}", "error: command definition validation failed: max values must be >= min values");
parsed("Command(\"demo\", options=[OptionArg(\"o\", default_values=[\"1\", \"2\"])])", [], "{}", "error: command definition validation failed: default_values with multiple entries require action=Append");
parsed("Command(\"demo\", subcommand_required=true)", [], "{}", "error: command definition validation failed: subcommand_required requires at least one subcommand");
parsed("Command(\"demo\", subcommands=[Command(\"help\")])", [], "{}", "error: command definition validation failed: subcommand name reserved for built-in help: help (disable with disable_help_subcommand)");
parsed("Command(\"demo\", flags=[FlagArg(\"v\", action=Version)])", [], "{}", "error: command definition validation failed: version action requires command version text");
parsed("Command(\"demo\", groups=[ArgGroup(\"g\", args=[\"nope\"])])", [], "{}", "error: command definition validation failed: unknown group arg: g -> nope");
parsed("Command(\"demo\", flags=[FlagArg(\"v\", global=true)], subcommands=[Command(\"run\", flags=[FlagArg(\"v\")])])", [], "{}", "error: command definition validation failed: arg 'v' shadows an inherited global; rename the arg or mark it global");
parsed("Command(\"demo\", subcommands=[Command(\"run\")], default_subcommand=\"walk\")", [], "{}", "error: command definition validation failed: default_subcommand must name a visible subcommand: walk");
help("Command(\"tool\", about=\"Does things.\", version=\"1.2.3\", flags=[FlagArg(\"verbose\", short='v', about=\"Talk more\", action=Count), FlagArg(\"secret\", hidden=true)], options=[OptionArg(\"out\", short='o', required=true, about=\"Output file\", env=\"OUT\"), OptionArg(\"jobs\", short='j', default_values=[\"4\"])], positionals=[PositionArg(\"inputs\", num_args=ValueRange(lower=1), about=\"Files to read\")], subcommands=[Command(\"build\", about=\"Build it\"), Command(\"clean\"), Command(\"hidden\", hidden=true)], default_subcommand=\"build\", groups=[ArgGroup(\"mode\", args=[\"verbose\", \"jobs\"])])", "Usage: tool --out <out> [options] <inputs...> [command]\n\nDoes things.\n\nCommands:\n  build  Build it (default)\n  clean  \n  help   Print help for the subcommand(s).\n\nArguments:\n  inputs...  Files to read\n\nOptions:\n  -h, --help         Show help information.\n  -V, --version      Show version information.\n  -v, --verbose      Talk more\n  -o, --out <out>    Output file [env: OUT]\n  -j, --jobs <jobs>  [default: 4]\n\nGroups:\n  mode  -v, --verbose, -j, --jobs <jobs>\n");
help("Command(\"bare\", disable_help_flag=true)", "Usage: bare\n\nOptions:\n");
help("Command(\"x\", flags=[FlagArg(\"host\", short='h')], version=\"1\", disable_help_subcommand=true, subcommands=[Command(\"a\")])", "Usage: x [options] [command]\n\nCommands:\n  a  \n\nOptions:\n  --help         Show help information.\n  -V, --version  Show version information.\n  -h, --host     \n");
help("Command(\"x\", positionals=[PositionArg(\"a\", num_args=ValueRange(lower=0, upper=1)), PositionArg(\"b\", num_args=ValueRange(lower=0, upper=3))])", "Usage: x [a] [b...]\n\nArguments:\n  a     \n  b...  \n\nOptions:\n  -h, --help  Show help information.\n");
show("ValueRange(lower=1, upper=3)", "{lower: 1, upper: Some(3)}");
show("ValueRange(lower=2)", "{lower: 2, upper: None}");
show("ValueRange(lower=1, upper=1) == ValueRange::single()", "true");
show("FlagAction::Count.to_string() + OptionAction::Append.to_string()", "CountAppend");
debug("FlagArg(\"v\", short='v', about=\"x\", env=\"V\", requires=[\"q\"], action=Count, global=true)", "{\n  arg: {\n    name: \"v\",\n    about: Some(\"x\"),\n    env: Some(\"V\"),\n    requires: [\"q\"],\n    conflicts_with: [],\n    required: false,\n    global: true,\n    hidden: false,\n    info: FlagInfo(\n      short=Some('v'),\n      long=Some(\"v\"),\n      action=Count,\n      negatable=false,\n    ),\n    multiple: false,\n  },\n}");
debug("OptionArg(\"o\", long=\"out\", default_values=[\"a\"], allow_hyphen_values=true, conflicts_with=[\"z\"], hidden=true)", "{\n  arg: {\n    name: \"o\",\n    about: None,\n    env: None,\n    requires: [],\n    conflicts_with: [\"z\"],\n    required: false,\n    global: false,\n    hidden: true,\n    info: OptionInfo(\n      short=None,\n      long=Some(\"out\"),\n      action=Set,\n      default_values=Some([\"a\"]),\n      allow_hyphen_values=true,\n    ),\n    multiple: false,\n  },\n}");
debug("PositionArg(\"p\", num_args=ValueRange(lower=0), default_values=[])", "{\n  arg: {\n    name: \"p\",\n    about: None,\n    env: None,\n    requires: [],\n    conflicts_with: [],\n    required: false,\n    global: false,\n    hidden: false,\n    info: PositionalInfo(\n      num_args=Some({ lower: 0, upper: None }),\n      default_values=Some([]),\n      allow_hyphen_values=false,\n    ),\n    multiple: true,\n  },\n}");
debug("ArgGroup(\"g\", required=true, multiple=false, args=[\"a\"])", "{\n  name: \"g\",\n  required: true,\n  multiple: false,\n  args: [\"a\"],\n  requires: [],\n  conflicts_with: [],\n}");
debug("Command(\"demo\", about=\"A\", flags=[FlagArg(\"a\", short='a')], subcommands=[Command(\"s\", version=\"2\")], groups=[ArgGroup(\"g\", args=[\"zz\"])])", "{\n  name: \"demo\",\n  args: [\n    {\n      name: \"a\",\n      about: None,\n      env: None,\n      requires: [],\n      conflicts_with: [],\n      required: false,\n      global: false,\n      hidden: false,\n      info: FlagInfo(\n        short=Some('a'),\n        long=Some(\"a\"),\n        action=SetTrue,\n        negatable=false,\n      ),\n      multiple: false,\n    },\n  ],\n  groups: [\n    {\n      name: \"g\",\n      required: false,\n      multiple: true,\n      args: [\"zz\"],\n      requires: [],\n      conflicts_with: [],\n    },\n  ],\n  subcommands: [\n    {\n      name: \"s\",\n      args: [],\n      groups: [],\n      subcommands: [],\n      about: None,\n      version: Some(\"2\"),\n      disable_help_flag: false,\n      disable_version_flag: false,\n      disable_help_subcommand: false,\n      arg_required_else_help: false,\n      subcommand_required: false,\n      default_subcommand: None,\n      hidden: false,\n      build_error: None,\n    },\n  ],\n  about: Some(\"A\"),\n  version: None,\n  disable_help_flag: false,\n  disable_version_flag: false,\n  disable_help_subcommand: false,\n  arg_required_else_help: false,\n  subcommand_required: false,\n  default_subcommand: None,\n  hidden: false,\n  build_error: Some(Unsupported(\"unknown group arg: g -> zz\")),\n}");

test('@argparse: each case gives the oracle\'s text', () => {
  const wrong: string[] = [];
  for (const [mbt, expected, actual] of cases) {
    const got = actual();
    if (got !== expected) wrong.push(`${mbt}\n  expected ${JSON.stringify(expected)}\n  actual   ${JSON.stringify(got)}`);
  }
  assert.deepEqual(wrong, []);
  assert.equal(cases.length, 79);
});

// A help or version request: MoonBit prints the text (the help without its
// last newline, then println's) and exits the process; the harness prints it
// and panics. The oracle ran `fn main { let _ = cmd.parse(argv=.., env=Map::new()) catch { _ => panic() }; println("after") }`
// and printed the text, never "after".
const displays: [cmd: string, argv: string[], printed: string][] = [
  ['Command("demo", flags=[FlagArg("v")])', ['--help'], 'Usage: demo [options]\n\nOptions:\n  -h, --help  Show help information.\n  --v         \n'],
  ['Command("demo", version="0.1")', ['-V'], '0.1\n'],
  ['Command("demo", flags=[FlagArg("q", global=true)], subcommands=[Command("run", about="Run")])', ['help', 'run'],
    'Usage: demo run [options]\n\nRun\n\nOptions:\n  -h, --help  Show help information.\n  --q         \n'],
  ['Command("demo", subcommands=[Command("run", version="2.0", flags=[FlagArg("ver", short=\'v\', action=Version, global=true)], subcommands=[Command("x")])])',
    ['run', 'x', '-v'], '2.0\n'],
];

test('@argparse: a help or version request prints its text, then stops', () => {
  for (const [cmd, argv, printed] of displays) {
    takeOutput();
    assert.throws(() => entry('Command::parse')(evaluate(cmd).v, argv, newStringMap()), Panic, cmd);
    assert.equal(takeOutput(), printed, cmd);
  }
});
