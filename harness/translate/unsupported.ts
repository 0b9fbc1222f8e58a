// The constructs of the MoonBit syntax tree this translator does not
// translate. A block holding one is refused at its position, naming it,
// before anything is translated (nothing is skipped or guessed at).
import type * as A from '../syntax/ast.ts';
import { describeNode } from '../syntax/index.ts';
import { TranslateError } from './errors.ts';

type Tree = A.Block | A.Program;
type AnyNode = { kind: string; span: A.Span } & Record<string, unknown>;

const UNSUPPORTED_KINDS = new Set<string>([
  'ByteLit', 'RegexLit', 'Placeholder', 'MatchFn', 'FnDecl', 'Cascade', 'Slice', 'Is', 'As', 'RegexMatch', 'RegexAs', 'IterLit', 'Comprehension',
  'RecordLit', 'Lexmatch', 'LexmatchTest', 'TryBang', 'Todo', 'LetRec', 'Guard', 'Defer', 'LocalType', 'RecordPat',
  'MapPat', 'ConstraintPat', 'SplicePat', 'BitsPat', 'RegexPat', 'SeqPat', 'ExternFnItem', 'StructItem', 'EnumItem',
  'SuberrorItem', 'TypeItem', 'TypeAliasItem', 'TraitItem', 'ImplItem', 'FnAliasItem', 'UsingItem', 'TraitObjectType',
]);

/** Why a node of a supported kind cannot be translated, if it cannot. */
function unsupportedFeature(n: AnyNode): string | undefined {
  switch (n.kind) {
    case 'MapLit':
      // `{}` is an empty map in MoonBit; this translator has always read it as an empty block.
      return (n as unknown as A.MapLit).entries.length ? `${describeNode({ kind: 'MapLit' })} is not supported` : undefined;
    case 'FnItem': {
      const fn = n as unknown as A.FnItem;
      if (fn.typeParams.length) return 'generic functions are not supported';
      if (fn.selfType) return "methods ('fn Type::name') are not supported";
      return commonFeature(fn);
    }
    case 'TestItem':
    case 'LetItem':
    case 'ConstItem':
      return (n as unknown as A.TestItem).attrs.length ? 'attributes are not supported' : (n as unknown as A.TestItem).isAsync ? 'async tests are not supported' : undefined;
    case 'Closure':
    case 'FnType':
      return commonFeature(n as unknown as A.Closure);
    case 'While':
    case 'For':
    case 'ForIn':
    case 'Loop':
    case 'Break':
    case 'Continue':
      if ((n as unknown as A.While).label !== undefined) return 'loop labels are not supported';
      return n.kind === 'ForIn' && (n as unknown as A.ForIn).state ? 'loop state after `for .. in` is not supported' : undefined;
    case 'Range':
      return (n as unknown as A.Range).op === '>..' || (n as unknown as A.Range).op === '>=..' ? 'descending ranges are not supported' : undefined;
    case 'Binary':
      return (n as unknown as A.Binary).op === '<|' ? "the reverse pipe '<|' is not supported" : undefined;
    case 'Constructor':
      return (n as unknown as A.Constructor).traitObject ? 'trait object methods are not supported' : undefined;
  }
  return undefined;
}

function commonFeature(n: { attrs?: A.Attribute[]; isAsync?: boolean; raises?: A.Raises }): string | undefined {
  if (n.attrs?.length) return 'attributes are not supported';
  if (n.isAsync) return 'async functions are not supported';
  if (n.raises === 'poly') return "'raise?' is not supported";
  return undefined;
}

/** The first construct of `tree` the translator does not support, as a located error. */
export function findUnsupported(tree: Tree): TranslateError | undefined {
  let found: TranslateError | undefined;
  const visit = (v: unknown): void => {
    if (found || v === null || typeof v !== 'object' || v instanceof Uint8Array) return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x);
      return;
    }
    const node = v as AnyNode;
    if (typeof node.kind === 'string') {
      const why = UNSUPPORTED_KINDS.has(node.kind) ? `${describeNode(node as A.Expr)} is not supported` : unsupportedFeature(node);
      if (why !== undefined) {
        found = new TranslateError(why, node.span);
        return;
      }
    }
    for (const [k, x] of Object.entries(node)) if (k !== 'span') visit(x);
  };
  visit(tree);
  return found;
}
