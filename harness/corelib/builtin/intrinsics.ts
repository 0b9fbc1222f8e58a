// The types and traits the compiler itself knows, declared as core declares
// them (builtin/traits.mbt, operators.mbt, the prelude). Their methods and
// implementations live in the other modules of the table; the prelude's
// re-exports of other packages' names are the `using` items at the end.

import { defineModule } from '../define.ts';

export default defineModule('', {
  decls: `
    type Unit
    type Bool
    type Byte
    type Char
    type Int
    type BigInt
    type Int16
    type UInt16
    type UInt
    type Int64
    type UInt64
    type Double
    type Float
    type String
    type StringView
    type Bytes
    type BytesView
    type FixedArray[T]
    type Array[T]
    type ArrayView[T]
    type MutArrayView[T]
    type ReadOnlyArray[T]
    type Map[K, V]
    type Iter[X]
    type Iter2[X, Y]
    type StringBuilder
    type Hasher
    type SourceLoc
    type ArgsLoc
    pub(all) enum Option[T] {
      None
      Some(T)
    }
    pub(all) enum Result[T, E] {
      Ok(T)
      Err(E)
    }
    type Error
    pub(all) suberror Failure {
      Failure(String)
    }
    pub(all) suberror InspectError {
      InspectError(String)
    }
    pub(all) suberror SnapshotError {
      SnapshotError(String)
    }
    pub enum Json {
      Null
      True
      False
      Number(Double, repr~ : String?)
      String(String)
      Array(Array[Json])
      Object(Map[String, Json])
    }

    pub(open) trait Error {}
    pub(open) trait Eq {
      equal(Self, Self) -> Bool
      not_equal(Self, Self) -> Bool = _
    }
    pub(open) trait Compare : Eq {
      compare(Self, Self) -> Int
      op_lt(Self, Self) -> Bool = _
      op_gt(Self, Self) -> Bool = _
      op_le(Self, Self) -> Bool = _
      op_ge(Self, Self) -> Bool = _
    }
    pub(open) trait Hash {
      hash_combine(Self, Hasher) -> Unit
      hash(Self) -> Int = _
    }
    pub(open) trait Default {
      default() -> Self
    }
    pub(open) trait Logger {
      write_string(Self, String) -> Unit = _
      write_substring(Self, String, Int, Int) -> Unit = _
      write_view(Self, StringView) -> Unit = _
      write_char(Self, Char) -> Unit = _
    }
    pub(open) trait Show {
      output(Self, &Logger) -> Unit = _
      to_string(Self) -> String = _
    }
    pub(open) trait ToJson {
      to_json(Self) -> Json
    }
    pub(open) trait Add {
      add(Self, Self) -> Self
    }
    pub(open) trait Sub {
      sub(Self, Self) -> Self
    }
    pub(open) trait Mul {
      mul(Self, Self) -> Self
    }
    pub(open) trait Div {
      div(Self, Self) -> Self
    }
    pub(open) trait Mod {
      mod(Self, Self) -> Self
    }
    pub(open) trait Neg {
      neg(Self) -> Self
    }
    pub(open) trait BitAnd {
      land(Self, Self) -> Self
    }
    pub(open) trait BitOr {
      lor(Self, Self) -> Self
    }
    pub(open) trait BitXOr {
      lxor(Self, Self) -> Self
    }
    pub(open) trait Shl {
      shl(Self, Int) -> Self
    }
    pub(open) trait Shr {
      shr(Self, Int) -> Self
    }
  `,
});
