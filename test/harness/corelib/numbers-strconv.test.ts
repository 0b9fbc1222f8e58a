// @strconv entries of the core library table. Every expected string is what
// the real compiler printed for the MoonBit expression beside it
// (`println(expr)`, /tmp/moonbit-oracle): a `try?` shows `Ok(value)` or
// `Err(message)`, StrConvError's Show being its message.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entry, ty, show, tryResult, raised, checkCases, type Case } from './numbers-helpers.ts';
import { StringView, MoonBitError } from '../../../harness/runtime/core-values.ts';
import { Failure } from '../../../binding/moonbit.ts';

const s = (name: string) => entry(`@strconv.${name}`);

test('@strconv parsers', () => {
  const cases: Case[] = [
    [`try? @strconv.parse_int("42")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("42", undefined)), "Ok(42)"],
    [`try? @strconv.parse_int("-42")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("-42", undefined)), "Ok(-42)"],
    [`try? @strconv.parse_int("+7")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("+7", undefined)), "Ok(7)"],
    [`try? @strconv.parse_int("")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("", undefined)), "Err(invalid syntax)"],
    [`try? @strconv.parse_int("-")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("-", undefined)), "Err(invalid syntax)"],
    [`try? @strconv.parse_int("+")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("+", undefined)), "Err(invalid syntax)"],
    [`try? @strconv.parse_int("0")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("0", undefined)), "Ok(0)"],
    [`try? @strconv.parse_int("-0")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("-0", undefined)), "Ok(0)"],
    [`try? @strconv.parse_int("007")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("007", undefined)), "Ok(7)"],
    [`try? @strconv.parse_int("1_000")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("1_000", undefined)), "Ok(1000)"],
    [`try? @strconv.parse_int("1__0")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("1__0", undefined)), "Err(invalid syntax)"],
    [`try? @strconv.parse_int("_1")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("_1", undefined)), "Err(invalid syntax)"],
    [`try? @strconv.parse_int("1_")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("1_", undefined)), "Err(invalid syntax)"],
    [`try? @strconv.parse_int("0x1F")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("0x1F", undefined)), "Ok(31)"],
    [`try? @strconv.parse_int("0X1f")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("0X1f", undefined)), "Ok(31)"],
    [`try? @strconv.parse_int("-0x80000000")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("-0x80000000", undefined)), "Ok(-2147483648)"],
    [`try? @strconv.parse_int("0x80000000")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("0x80000000", undefined)), "Err(value out of range)"],
    [`try? @strconv.parse_int("0o17")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("0o17", undefined)), "Ok(15)"],
    [`try? @strconv.parse_int("0b101")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("0b101", undefined)), "Ok(5)"],
    [`try? @strconv.parse_int("0b102")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("0b102", undefined)), "Err(invalid syntax)"],
    [`try? @strconv.parse_int("0x")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("0x", undefined)), "Err(invalid syntax)"],
    [`try? @strconv.parse_int("0x_1")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("0x_1", undefined)), "Ok(1)"],
    [`try? @strconv.parse_int("0_x1")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("0_x1", undefined)), "Err(invalid syntax)"],
    [`try? @strconv.parse_int("2147483647")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("2147483647", undefined)), "Ok(2147483647)"],
    [`try? @strconv.parse_int("2147483648")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("2147483648", undefined)), "Err(value out of range)"],
    [`try? @strconv.parse_int("-2147483648")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("-2147483648", undefined)), "Ok(-2147483648)"],
    [`try? @strconv.parse_int("-2147483649")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("-2147483649", undefined)), "Err(value out of range)"],
    [`try? @strconv.parse_int("12a")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("12a", undefined)), "Err(invalid syntax)"],
    [`try? @strconv.parse_int("a1")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("a1", undefined)), "Err(invalid syntax)"],
    [`try? @strconv.parse_int(" 1")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')(" 1", undefined)), "Err(invalid syntax)"],
    [`try? @strconv.parse_int("1 ")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("1 ", undefined)), "Err(invalid syntax)"],
    [`try? @strconv.parse_int("9223372036854775807")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("9223372036854775807", undefined)), "Err(value out of range)"],
    [`try? @strconv.parse_int("99999999999999999999x")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("99999999999999999999x", undefined)), "Err(value out of range)"],
    [`try? @strconv.parse_int("zz")`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("zz", undefined)), "Err(invalid syntax)"],
    [`try? @strconv.parse_int("101", base=2)`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("101", 2)), "Ok(5)"],
    [`try? @strconv.parse_int("ff", base=16)`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("ff", 16)), "Ok(255)"],
    [`try? @strconv.parse_int("FF", base=16)`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("FF", 16)), "Ok(255)"],
    [`try? @strconv.parse_int("0xff", base=16)`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("0xff", 16)), "Ok(255)"],
    [`try? @strconv.parse_int("0xff", base=10)`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("0xff", 10)), "Err(invalid syntax)"],
    [`try? @strconv.parse_int("z", base=36)`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("z", 36)), "Ok(35)"],
    [`try? @strconv.parse_int("Z", base=36)`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("Z", 36)), "Ok(35)"],
    [`try? @strconv.parse_int("10", base=37)`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("10", 37)), "Err(invalid base)"],
    [`try? @strconv.parse_int("10", base=1)`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("10", 1)), "Err(invalid base)"],
    [`try? @strconv.parse_int("0b11", base=2)`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("0b11", 2)), "Ok(3)"],
    [`try? @strconv.parse_int("0b11", base=16)`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("0b11", 16)), "Ok(2833)"],
    [`try? @strconv.parse_int("-zz", base=36)`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("-zz", 36)), "Ok(-1295)"],
    [`try? @strconv.parse_int("0o777", base=8)`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("0o777", 8)), "Ok(511)"],
    [`try? @strconv.parse_int("777", base=8)`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("777", 8)), "Ok(511)"],
    [`try? @strconv.parse_int("8", base=8)`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("8", 8)), "Err(invalid syntax)"],
    [`try? @strconv.parse_int("0x10", base=40)`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('parse_int')("0x10", 40)), "Err(invalid base)"],
    [`try? @strconv.parse_int64("9223372036854775807")`, 'Result[Int64, @strconv.StrConvError]', () => tryResult(() => s('parse_int64')("9223372036854775807", undefined)), "Ok(9223372036854775807)"],
    [`try? @strconv.parse_int64("9223372036854775808")`, 'Result[Int64, @strconv.StrConvError]', () => tryResult(() => s('parse_int64')("9223372036854775808", undefined)), "Err(value out of range)"],
    [`try? @strconv.parse_int64("-9223372036854775808")`, 'Result[Int64, @strconv.StrConvError]', () => tryResult(() => s('parse_int64')("-9223372036854775808", undefined)), "Ok(-9223372036854775808)"],
    [`try? @strconv.parse_int64("-9223372036854775809")`, 'Result[Int64, @strconv.StrConvError]', () => tryResult(() => s('parse_int64')("-9223372036854775809", undefined)), "Err(value out of range)"],
    [`try? @strconv.parse_int64("0x7fffffffffffffff")`, 'Result[Int64, @strconv.StrConvError]', () => tryResult(() => s('parse_int64')("0x7fffffffffffffff", undefined)), "Ok(9223372036854775807)"],
    [`try? @strconv.parse_int64("-0x8000000000000000")`, 'Result[Int64, @strconv.StrConvError]', () => tryResult(() => s('parse_int64')("-0x8000000000000000", undefined)), "Ok(-9223372036854775808)"],
    [`try? @strconv.parse_int64("1_2_3")`, 'Result[Int64, @strconv.StrConvError]', () => tryResult(() => s('parse_int64')("1_2_3", undefined)), "Ok(123)"],
    [`try? @strconv.parse_int64("")`, 'Result[Int64, @strconv.StrConvError]', () => tryResult(() => s('parse_int64')("", undefined)), "Err(invalid syntax)"],
    [`try? @strconv.parse_int64("-1000", base=2)`, 'Result[Int64, @strconv.StrConvError]', () => tryResult(() => s('parse_int64')("-1000", 2)), "Ok(-8)"],
    [`try? @strconv.parse_uint("4294967295")`, 'Result[UInt, @strconv.StrConvError]', () => tryResult(() => s('parse_uint')("4294967295", undefined)), "Ok(4294967295)"],
    [`try? @strconv.parse_uint("4294967296")`, 'Result[UInt, @strconv.StrConvError]', () => tryResult(() => s('parse_uint')("4294967296", undefined)), "Err(value out of range)"],
    [`try? @strconv.parse_uint("-1")`, 'Result[UInt, @strconv.StrConvError]', () => tryResult(() => s('parse_uint')("-1", undefined)), "Err(invalid syntax)"],
    [`try? @strconv.parse_uint("+1")`, 'Result[UInt, @strconv.StrConvError]', () => tryResult(() => s('parse_uint')("+1", undefined)), "Err(invalid syntax)"],
    [`try? @strconv.parse_uint("0xffffffff")`, 'Result[UInt, @strconv.StrConvError]', () => tryResult(() => s('parse_uint')("0xffffffff", undefined)), "Ok(4294967295)"],
    [`try? @strconv.parse_uint("0")`, 'Result[UInt, @strconv.StrConvError]', () => tryResult(() => s('parse_uint')("0", undefined)), "Ok(0)"],
    [`try? @strconv.parse_uint("")`, 'Result[UInt, @strconv.StrConvError]', () => tryResult(() => s('parse_uint')("", undefined)), "Err(invalid syntax)"],
    [`try? @strconv.parse_uint("ffffffff", base=16)`, 'Result[UInt, @strconv.StrConvError]', () => tryResult(() => s('parse_uint')("ffffffff", 16)), "Ok(4294967295)"],
    [`try? @strconv.parse_uint64("18446744073709551615")`, 'Result[UInt64, @strconv.StrConvError]', () => tryResult(() => s('parse_uint64')("18446744073709551615", undefined)), "Ok(18446744073709551615)"],
    [`try? @strconv.parse_uint64("18446744073709551616")`, 'Result[UInt64, @strconv.StrConvError]', () => tryResult(() => s('parse_uint64')("18446744073709551616", undefined)), "Err(value out of range)"],
    [`try? @strconv.parse_uint64("0xffffffffffffffff")`, 'Result[UInt64, @strconv.StrConvError]', () => tryResult(() => s('parse_uint64')("0xffffffffffffffff", undefined)), "Ok(18446744073709551615)"],
    [`try? @strconv.parse_uint64("-0")`, 'Result[UInt64, @strconv.StrConvError]', () => tryResult(() => s('parse_uint64')("-0", undefined)), "Err(invalid syntax)"],
    [`try? @strconv.parse_uint64("+0")`, 'Result[UInt64, @strconv.StrConvError]', () => tryResult(() => s('parse_uint64')("+0", undefined)), "Err(invalid syntax)"],
    [`try? @strconv.parse_uint64("1_8")`, 'Result[UInt64, @strconv.StrConvError]', () => tryResult(() => s('parse_uint64')("1_8", undefined)), "Ok(18)"],
    [`try? @strconv.parse_uint64("123%")`, 'Result[UInt64, @strconv.StrConvError]', () => tryResult(() => s('parse_uint64')("123%", undefined)), "Err(invalid syntax)"],
    [`try? @strconv.parse_uint64("777", base=8)`, 'Result[UInt64, @strconv.StrConvError]', () => tryResult(() => s('parse_uint64')("777", 8)), "Ok(511)"],
    [`try? @strconv.parse_bool("true")`, 'Result[Bool, @strconv.StrConvError]', () => tryResult(() => s('parse_bool')("true")), "Ok(true)"],
    [`try? @strconv.parse_bool("True")`, 'Result[Bool, @strconv.StrConvError]', () => tryResult(() => s('parse_bool')("True")), "Ok(true)"],
    [`try? @strconv.parse_bool("TRUE")`, 'Result[Bool, @strconv.StrConvError]', () => tryResult(() => s('parse_bool')("TRUE")), "Ok(true)"],
    [`try? @strconv.parse_bool("t")`, 'Result[Bool, @strconv.StrConvError]', () => tryResult(() => s('parse_bool')("t")), "Ok(true)"],
    [`try? @strconv.parse_bool("T")`, 'Result[Bool, @strconv.StrConvError]', () => tryResult(() => s('parse_bool')("T")), "Ok(true)"],
    [`try? @strconv.parse_bool("1")`, 'Result[Bool, @strconv.StrConvError]', () => tryResult(() => s('parse_bool')("1")), "Ok(true)"],
    [`try? @strconv.parse_bool("false")`, 'Result[Bool, @strconv.StrConvError]', () => tryResult(() => s('parse_bool')("false")), "Ok(false)"],
    [`try? @strconv.parse_bool("False")`, 'Result[Bool, @strconv.StrConvError]', () => tryResult(() => s('parse_bool')("False")), "Ok(false)"],
    [`try? @strconv.parse_bool("FALSE")`, 'Result[Bool, @strconv.StrConvError]', () => tryResult(() => s('parse_bool')("FALSE")), "Ok(false)"],
    [`try? @strconv.parse_bool("f")`, 'Result[Bool, @strconv.StrConvError]', () => tryResult(() => s('parse_bool')("f")), "Ok(false)"],
    [`try? @strconv.parse_bool("F")`, 'Result[Bool, @strconv.StrConvError]', () => tryResult(() => s('parse_bool')("F")), "Ok(false)"],
    [`try? @strconv.parse_bool("0")`, 'Result[Bool, @strconv.StrConvError]', () => tryResult(() => s('parse_bool')("0")), "Ok(false)"],
    [`try? @strconv.parse_bool("")`, 'Result[Bool, @strconv.StrConvError]', () => tryResult(() => s('parse_bool')("")), "Err(invalid syntax)"],
    [`try? @strconv.parse_bool("yes")`, 'Result[Bool, @strconv.StrConvError]', () => tryResult(() => s('parse_bool')("yes")), "Err(invalid syntax)"],
    [`try? @strconv.parse_bool("tRUE")`, 'Result[Bool, @strconv.StrConvError]', () => tryResult(() => s('parse_bool')("tRUE")), "Err(invalid syntax)"],
    [`try? @strconv.parse_bool(" true")`, 'Result[Bool, @strconv.StrConvError]', () => tryResult(() => s('parse_bool')(" true")), "Err(invalid syntax)"],
    [`try? @strconv.parse_double("3.14")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("3.14")), "Ok(3.14)"],
    [`try? @strconv.parse_double("-0.1")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("-0.1")), "Ok(-0.1)"],
    [`try? @strconv.parse_double("+1")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("+1")), "Ok(1)"],
    [`try? @strconv.parse_double("1")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("1")), "Ok(1)"],
    [`try? @strconv.parse_double("1.")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("1.")), "Ok(1)"],
    [`try? @strconv.parse_double(".5")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')(".5")), "Ok(0.5)"],
    [`try? @strconv.parse_double("-.5")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("-.5")), "Ok(-0.5)"],
    [`try? @strconv.parse_double(".")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')(".")), "Err(invalid syntax)"],
    [`try? @strconv.parse_double("")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("")), "Err(invalid syntax)"],
    [`try? @strconv.parse_double("-")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("-")), "Err(invalid syntax)"],
    [`try? @strconv.parse_double("1e10")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("1e10")), "Ok(10000000000)"],
    [`try? @strconv.parse_double("1E-5")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("1E-5")), "Ok(0.00001)"],
    [`try? @strconv.parse_double("1e")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("1e")), "Err(invalid syntax)"],
    [`try? @strconv.parse_double("1e+")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("1e+")), "Err(invalid syntax)"],
    [`try? @strconv.parse_double("1e-")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("1e-")), "Err(invalid syntax)"],
    [`try? @strconv.parse_double(".e1")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')(".e1")), "Err(invalid syntax)"],
    [`try? @strconv.parse_double("1.5e+3")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("1.5e+3")), "Ok(1500)"],
    [`try? @strconv.parse_double("1_000.5")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("1_000.5")), "Ok(1000.5)"],
    [`try? @strconv.parse_double("1__0")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("1__0")), "Err(invalid syntax)"],
    [`try? @strconv.parse_double("_1")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("_1")), "Err(invalid syntax)"],
    [`try? @strconv.parse_double("1_")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("1_")), "Err(invalid syntax)"],
    [`try? @strconv.parse_double("1._5")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("1._5")), "Err(invalid syntax)"],
    [`try? @strconv.parse_double("1_.5")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("1_.5")), "Err(invalid syntax)"],
    [`try? @strconv.parse_double("1e1_0")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("1e1_0")), "Ok(10000000000)"],
    [`try? @strconv.parse_double("1e_1")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("1e_1")), "Err(invalid syntax)"],
    [`try? @strconv.parse_double("0x10")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("0x10")), "Err(invalid syntax)"],
    [`try? @strconv.parse_double("inf")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("inf")), "Ok(Infinity)"],
    [`try? @strconv.parse_double("INF")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("INF")), "Ok(Infinity)"],
    [`try? @strconv.parse_double("-Infinity")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("-Infinity")), "Ok(-Infinity)"],
    [`try? @strconv.parse_double("+infinity")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("+infinity")), "Ok(Infinity)"],
    [`try? @strconv.parse_double("infinit")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("infinit")), "Err(invalid syntax)"],
    [`try? @strconv.parse_double("nan")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("nan")), "Ok(NaN)"],
    [`try? @strconv.parse_double("NaN")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("NaN")), "Ok(NaN)"],
    [`try? @strconv.parse_double("-nan")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("-nan")), "Ok(NaN)"],
    [`try? @strconv.parse_double("in_f")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("in_f")), "Err(invalid syntax)"],
    [`try? @strconv.parse_double("1e308")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("1e308")), "Ok(1e+308)"],
    [`try? @strconv.parse_double("2e308")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("2e308")), "Err(value out of range)"],
    [`try? @strconv.parse_double("1e309")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("1e309")), "Err(value out of range)"],
    [`try? @strconv.parse_double("1e400")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("1e400")), "Err(value out of range)"],
    [`try? @strconv.parse_double("1e-400")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("1e-400")), "Ok(0)"],
    [`try? @strconv.parse_double("-1e-400")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("-1e-400")), "Ok(0)"],
    [`try? @strconv.parse_double("0e99999")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("0e99999")), "Ok(0)"],
    [`try? @strconv.parse_double("4.9e-324")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("4.9e-324")), "Ok(5e-324)"],
    [`try? @strconv.parse_double("2.4e-324")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("2.4e-324")), "Ok(0)"],
    [`try? @strconv.parse_double("1.7976931348623157e308")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("1.7976931348623157e308")), "Ok(1.7976931348623157e+308)"],
    [`try? @strconv.parse_double("1.7976931348623159e308")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("1.7976931348623159e308")), "Err(value out of range)"],
    [`try? @strconv.parse_double("123456789012345678901234567890")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("123456789012345678901234567890")), "Ok(1.2345678901234568e+29)"],
    [`try? @strconv.parse_double("0.1000000000000000055511151231257827")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("0.1000000000000000055511151231257827")), "Ok(0.1)"],
    [`try? @strconv.parse_double("2.2250738585072011e-308")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("2.2250738585072011e-308")), "Ok(2.225073858507201e-308)"],
    [`try? @strconv.parse_double("1 ")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("1 ")), "Err(invalid syntax)"],
    [`try? @strconv.parse_double(" 1")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')(" 1")), "Err(invalid syntax)"],
    [`try? @strconv.parse_double("1x")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("1x")), "Err(invalid syntax)"],
    [`try? @strconv.parse_double("1.1.1")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("1.1.1")), "Err(invalid syntax)"],
    [`try? @strconv.parse_double("--1")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("--1")), "Err(invalid syntax)"],
    [`try? @strconv.parse_double("+-1")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("+-1")), "Err(invalid syntax)"],
    [`try? @strconv.parse_double("9007199254740993")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("9007199254740993")), "Ok(9007199254740992)"],
    [`try? @strconv.parse_double("100000000000000016777216")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("100000000000000016777216")), "Ok(1.0000000000000003e+23)"],
    [`try? @strconv.parse_double("0.000001")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("0.000001")), "Ok(0.000001)"],
    [`try? @strconv.parse_double("1e-7")`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('parse_double')("1e-7")), "Ok(1e-7)"],
  ];
  checkCases(cases);
});

test('@strconv from_str, parse and the FromStr impls', () => {
  const cases: Case[] = [
    [`(try? (@strconv.from_str("123") : Int))`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('from_str')(ty('Int'), '123')), "Ok(123)"],
    [`(try? (@strconv.from_str("false") : Bool))`, 'Result[Bool, @strconv.StrConvError]', () => tryResult(() => s('from_str')(ty('Bool'), 'false')), "Ok(false)"],
    [`(try? (@strconv.from_str("2.718") : Double))`, 'Result[Double, @strconv.StrConvError]', () => tryResult(() => s('from_str')(ty('Double'), '2.718')), "Ok(2.718)"],
    [`(try? (@strconv.from_str("-9223372036854775808") : Int64))`, 'Result[Int64, @strconv.StrConvError]', () => tryResult(() => s('from_str')(ty('Int64'), '-9223372036854775808')), "Ok(-9223372036854775808)"],
    [`(try? (@strconv.from_str("4294967295") : UInt))`, 'Result[UInt, @strconv.StrConvError]', () => tryResult(() => s('from_str')(ty('UInt'), '4294967295')), "Ok(4294967295)"],
    [`(try? (@strconv.parse("18446744073709551615") : UInt64))`, 'Result[UInt64, @strconv.StrConvError]', () => tryResult(() => s('parse')(ty('UInt64'), '18446744073709551615')), "Ok(18446744073709551615)"],
    [`(try? (@strconv.from_str("0x10") : Int))`, 'Result[Int, @strconv.StrConvError]', () => tryResult(() => s('from_str')(ty('Int'), '0x10')), "Ok(16)"],
    [`(try? (@strconv.from_str("yes") : Bool))`, 'Result[Bool, @strconv.StrConvError]', () => tryResult(() => s('from_str')(ty('Bool'), 'yes')), "Err(invalid syntax)"],
    [`(try? @strconv.parse_int("abc")).unwrap_err().to_string()`, 'String', () => show('@strconv.StrConvError', raised(() => s('parse_int')('abc', undefined))), "invalid syntax"],
  ];
  checkCases(cases);
  // A view parses its own code units only.
  assert.equal(s('parse_int')(new StringView('xx-42yy', 2, 5), undefined), -42);
  assert.equal(s('parse_double')(new StringView('[1e3]', 1, 4)), 1000);
  assert.equal(s('parse_bool')(new StringView('x0y', 1, 2)), false);
  // The raised value is a StrConvError carrying the message, as `catch { StrConvError(msg) => ... }` sees it.
  const err = raised(() => s('parse_uint')('-1', undefined)) as MoonBitError;
  assert.ok(err instanceof MoonBitError);
  assert.equal(err.type, '@strconv.StrConvError');
  assert.equal(err.$c, 'StrConvError');
  assert.equal(err._0, 'invalid syntax');
  // from_string (the String face of FromStr) parses like from_str.
  assert.equal((ty('Int')['@strconv.FromStr.from_string'] as (x: string) => number)('0b11'), 3);
});

// @string's parsers follow @strconv's rules but raise Failure: the oracle
// prints `try? @string.parse_int("x")` as `Err(Failure("invalid syntax"))`.
test('@string parsers, from_str and the FromStr impls', () => {
  const str = (name: string) => entry(`@string.${name}`);
  const failure = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      assert.ok(e instanceof Failure, String(e));
      return e.message;
    }
    throw new Error('nothing raised');
  };
  assert.equal(str('parse_int')('ff', 16), 255); // @string.parse_int("ff", base=16) = 255
  assert.equal(str('parse_uint64')('ff_ff', 16), 65535n); // = 65535
  assert.equal(str('parse_int64')('-9223372036854775808', undefined), -9223372036854775808n);
  assert.equal(str('parse_uint')(new StringView('(42)', 1, 3), undefined), 42);
  assert.equal(str('parse_bool')('true'), true);
  assert.equal(str('parse_double')('3.14'), 3.14);
  assert.equal(failure(() => str('parse_int')('x', undefined)), 'invalid syntax');
  assert.equal(failure(() => str('parse_int')('99999999999', undefined)), 'value out of range');
  assert.equal(failure(() => str('parse_double')('1e')), 'invalid syntax');
  assert.equal(str('from_str')(ty('Int'), '42'), 42); // (@string.from_str("42") : Int)
  assert.equal(str('from_str')(ty('Double'), '2.5'), 2.5);
  assert.equal(failure(() => str('from_str')(ty('UInt'), '4294967296')), 'value out of range');
  assert.equal(str('from_array')(['a'.codePointAt(0), 'b'.codePointAt(0)]), 'ab'); // @string.from_array(['a', 'b']) = ab
  assert.equal(str('default')(), '');
});
