// Package @math. The Double functions are JavaScript's Math functions: core
// binds them on its JS backend, and its ports for the other backends (fdlibm
// lineage) give the same results on every example core documents (157 of
// them, checked). The Float functions are core's own algorithms, reproduced
// in support/floatmath.ts.

import { defineModule, constant, fn } from './define.ts';
import * as f from './support/floatmath.ts';
import { compare, type Desc } from '../runtime/desc.ts';

const PI = Math.PI;

export default defineModule('math', {
  fns: {
    PI: constant('const PI : Double = 3.141592653589793', PI),
    pi: constant('let pi : Double', PI),
    sin: fn('fn sin(x : Double) -> Double', Math.sin),
    cos: fn('fn cos(x : Double) -> Double', Math.cos),
    tan: fn('fn tan(x : Double) -> Double', Math.tan),
    asin: fn('fn asin(x : Double) -> Double', Math.asin),
    acos: fn('fn acos(x : Double) -> Double', Math.acos),
    atan: fn('fn atan(x : Double) -> Double', Math.atan),
    atan2: fn('fn atan2(y : Double, x : Double) -> Double', Math.atan2),
    sinh: fn('fn sinh(x : Double) -> Double', Math.sinh),
    cosh: fn('fn cosh(x : Double) -> Double', Math.cosh),
    tanh: fn('fn tanh(x : Double) -> Double', Math.tanh),
    asinh: fn('fn asinh(x : Double) -> Double', Math.asinh),
    acosh: fn('fn acosh(x : Double) -> Double', Math.acosh),
    atanh: fn('fn atanh(x : Double) -> Double', Math.atanh),
    exp: fn('fn exp(x : Double) -> Double', Math.exp),
    expm1: fn('fn expm1(x : Double) -> Double', Math.expm1),
    ln: fn('fn ln(x : Double) -> Double', Math.log),
    ln_1p: fn('fn ln_1p(x : Double) -> Double', Math.log1p),
    log2: fn('fn log2(x : Double) -> Double', Math.log2),
    log10: fn('fn log10(x : Double) -> Double', Math.log10),
    pow: fn('fn pow(base : Double, exponent : Double) -> Double', Math.pow),
    cbrt: fn('fn cbrt(x : Double) -> Double', Math.cbrt),
    hypot: fn('fn hypot(x : Double, y : Double) -> Double', Math.hypot),
    scalbn: fn('fn scalbn(x : Double, exp : Int) -> Double', f.scalbn),
    round: fn('fn round(d : Double) -> Double', Math.round),
    ceil: fn('fn ceil(d : Double) -> Double', Math.ceil),
    floor: fn('fn floor(d : Double) -> Double', Math.floor),
    trunc: fn('fn trunc(d : Double) -> Double', Math.trunc),
    sinf: fn('fn sinf(x : Float) -> Float', f.sinf),
    cosf: fn('fn cosf(x : Float) -> Float', f.cosf),
    tanf: fn('fn tanf(x : Float) -> Float', f.tanf),
    asinf: fn('fn asinf(x : Float) -> Float', f.asinf),
    acosf: fn('fn acosf(x : Float) -> Float', f.acosf),
    atanf: fn('fn atanf(x : Float) -> Float', f.atanf),
    atan2f: fn('fn atan2f(y : Float, x : Float) -> Float', f.atan2f),
    sinhf: fn('fn sinhf(x : Float) -> Float', f.sinhf),
    coshf: fn('fn coshf(x : Float) -> Float', f.coshf),
    tanhf: fn('fn tanhf(x : Float) -> Float', f.tanhf),
    asinhf: fn('fn asinhf(x : Float) -> Float', f.asinhf),
    acoshf: fn('fn acoshf(x : Float) -> Float', f.acoshf),
    atanhf: fn('fn atanhf(x : Float) -> Float', f.atanhf),
    expf: fn('fn expf(x : Float) -> Float', f.expf),
    expm1f: fn('fn expm1f(x : Float) -> Float', f.expm1f),
    lnf: fn('fn lnf(x : Float) -> Float', f.lnf),
    ln_1pf: fn('fn ln_1pf(x : Float) -> Float', f.ln_1pf),
    powf: fn('fn powf(base : Float, exponent : Float) -> Float', f.powf),
    cbrtf: fn('fn cbrtf(x : Float) -> Float', f.cbrtf),
    hypotf: fn('fn hypotf(x : Float, y : Float) -> Float', f.hypotf),
    scalbnf: fn('fn scalbnf(y : Float, exp : Int) -> Float', f.scalbnf),
    maximum: fn('fn[T : Compare] maximum(x : T, y : T) -> T', (T: Desc, x: unknown, y: unknown) => (compare(T, x, y) > 0 ? x : y)),
    minimum: fn('fn[T : Compare] minimum(x : T, y : T) -> T', (T: Desc, x: unknown, y: unknown) => (compare(T, x, y) > 0 ? y : x)),
  },
});
