// `@math`'s Float functions (sinf, expf, powf, ...). Core computes them with
// its own single-precision algorithms (FreeBSD msun / musl lineage) on every
// backend, and their results differ from a correctly rounded
// `Math.fround(Math.sin(x))` in the last bit for many inputs, so each
// algorithm is reproduced here step by step: every Float operation is
// rounded with `fr`, Double steps are left in Double, and the integer steps
// use MoonBit's Int / UInt wrapping. Constants are the algorithms' own.
// Verified bit for bit against the compiler on a few hundred inputs per
// function (see test/harness/corelib/numbers-math.test.ts).

import { fr, floatBits as bits, floatFromBits as fromBits } from './numeric.ts';

const NAN = NaN;

/** A C99 hexadecimal floating-point literal (`0x1.8p+52`), exactly. */
function hex(literal: string): number {
  const m = /^(-)?0x([0-9a-f]+)(?:\.([0-9a-f]*))?p([+-]?\d+)$/i.exec(literal);
  if (!m) throw new Error(`bad hex float ${literal}`);
  const frac = m[3] ?? '';
  const value = parseInt(m[2]! + frac, 16) * 2 ** (Number(m[4]) - 4 * frac.length);
  return m[1] ? -value : value;
}

/** `x.reinterpret_as_int()` of a Float: its bits as a signed Int. */
const ibits = (x: number): number => bits(x) | 0;

// ---- trigonometry ---------------------------------------------------------

const SIN_SWITCHOVER = 201.15625;
const COS_SWITCHOVER = 142.90625;
const TWO_OVER_PI = [0x00000000, 0x28be60db, 0x9391054a, 0x7f09d5f4, 0x7d4d3770, 0x36d8a566, 0x4f10e410, 0];

/** The 64-bit product of two UInts, as its high and low words. */
function mul64(a: number, b: number): [number, number] {
  const p = BigInt(a) * BigInt(b);
  return [Number(p >> 32n), Number(p & 0xffffffffn)];
}

/** Reduces `x` to `r` in [-π/4, π/4] with `x = r + q·π/2`. */
function trigReduce(x: number, switchOver: number): [number, number] {
  if (Math.abs(x) <= switchOver) {
    let j = fr(fr(x * fromBits(0x3f22f983)) + fromBits(0x4b400000));
    j = fr((ibits(j) - 0x4b400000) | 0);
    let r = fr(x - fr(j * fromBits(0x3fc90f80)));
    r = fr(r - fr(j * fromBits(0x37354440)));
    r = fr(r - fr(j * fromBits(0x2c34611a)));
    return [r, Math.trunc(j)];
  }
  // Payne–Hanek: multiply the mantissa by enough bits of 2/π.
  const positive = x > 0;
  let exp = ((ibits(x) >> 23) & 0xff) - 126;
  const ix = (((bits(x) & 0x007fffff) << 8) | 0x80000000) >>> 0;
  const ind = exp >> 5;
  exp &= 0x1f;
  let hi = TWO_OVER_PI[ind]!;
  let mi = TWO_OVER_PI[ind + 1]!;
  let lo = TWO_OVER_PI[ind + 2]!;
  const tp = TWO_OVER_PI[ind + 3]!;
  if (exp > 0) {
    hi = ((hi << exp) | (mi >>> (32 - exp))) >>> 0;
    mi = ((mi << exp) | (lo >>> (32 - exp))) >>> 0;
    lo = ((lo << exp) | (tp >>> (32 - exp))) >>> 0;
  }
  let [h, l] = mul64(ix, lo);
  let phi = h;
  [h, l] = mul64(ix, mi);
  let plo = (phi + l) >>> 0;
  phi = (h + (plo < l ? 1 : 0)) >>> 0;
  phi = (phi + Math.imul(ix, hi)) >>> 0;
  let q = phi >>> 30;
  phi &= 0x3fffffff;
  if ((phi & 0x20000000) !== 0) {
    phi = (phi - 0x40000000) >>> 0;
    q += 1;
  }
  const sign = (phi & 0x80000000) >>> 0;
  if (phi >= 0x80000000) {
    phi = ~phi >>> 0;
    plo = (0 - plo) >>> 0;
    phi = (phi + (plo === 0 ? 1 : 0)) >>> 0;
  }
  exp = 0;
  while (phi < 0x80000000) {
    phi = ((phi << 1) | (plo >>> 31)) >>> 0;
    plo = (plo << 1) >>> 0;
    exp -= 1;
  }
  phi = mul64(phi, 0xc90fdaa2)[0];
  if (phi < 0x80000000) {
    phi = (phi << 1) >>> 0;
    exp -= 1;
  }
  let r = (sign + (((exp + 128) << 23) >>> 0) + (phi >>> 8) + ((phi & 0xff) > 0x7e ? 1 : 0)) >>> 0;
  if (!positive) {
    r = (r ^ 0x80000000) >>> 0;
    q = -q;
  }
  return [fromBits(r), q];
}

function sinPoly(x: number): number {
  const s = fr(x * x);
  let r = fromBits(0x36405000);
  r = fr(fr(r * s) - fromBits(0x39503486));
  r = fr(fr(r * s) + fromBits(0x3c0888c1));
  r = fr(fr(r * s) - fromBits(0x3e2aaaab));
  const t = fr(x * s);
  return fr(fr(r * t) + x);
}

function cosPoly(x: number): number {
  const s = fr(x * x);
  let r = fromBits(0x37cd4000);
  r = fr(fr(r * s) - fromBits(0x3ab6077d));
  r = fr(fr(r * s) + fromBits(0x3d2aaaa8));
  r = fr(fr(r * s) - fromBits(0x3f000000));
  return fr(fr(r * s) + fromBits(0x3f800000));
}

function sinCosCore(x: number, q: number): number {
  const r = (q & 1) !== 0 ? cosPoly(x) : sinPoly(x);
  return (q & 2) !== 0 ? -r : r;
}

const TAN_COEF = [
  0.333331395030791399758, 0.133392002712976742718, 0.0533812378445670393523, 0.0245283181166547278873,
  0.00297435743359967304927, 0.00946564784943673166728,
];
/** Computed in Double, rounded to Float once. */
function tanPoly(x: number, odd: boolean): number {
  const c = TAN_COEF;
  const z = x * x;
  const r0 = c[4]! + z * c[5]!;
  const t = c[2]! + z * c[3]!;
  const w = z * z;
  const s = z * x;
  const u = c[0]! + z * c[1]!;
  const r = x + s * u + s * w * (t + w * r0);
  return fr(odd ? -1 / r : r);
}

export function sinf(x: number): number {
  if (!Number.isFinite(x)) return NAN;
  if (x === 0) return x;
  const [r, q] = trigReduce(x, SIN_SWITCHOVER);
  return sinCosCore(r, q);
}

export function cosf(x: number): number {
  if (!Number.isFinite(x)) return NAN;
  if (x === 0) return 1;
  const [r, q] = trigReduce(x, COS_SWITCHOVER);
  return sinCosCore(r, q + 1);
}

export function tanf(x: number): number {
  if (!Number.isFinite(x)) return NAN;
  if (x === 0) return x;
  const [r, q] = trigReduce(x, COS_SWITCHOVER);
  return tanPoly(r, (q & 1) !== 0);
}

// asin/acos's rational approximation R(z).
const PS0 = fr(1.6666586697e-1);
const PS1 = fr(-4.2743422091e-2);
const PS2 = fr(-8.656363003e-3);
const QS = fr(-7.066296339e-1);
function asinRatio(z: number): number {
  const p = fr(z * fr(PS0 + fr(z * fr(PS1 + fr(z * PS2)))));
  const q = fr(fr(z * QS) + 1);
  return fr(p / q);
}

export function asinf(x: number): number {
  const PIO2 = 1.570796326794896558;
  const hx = bits(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x3f800000) {
    if (ix === 0x3f800000) return fr(x * PIO2 + 2 ** -120);
    return NAN;
  }
  if (ix < 0x3f000000) {
    if (ix >= 0x00800000 && ix <= 0x39800000) return x;
    return fr(x + fr(x * asinRatio(fr(x * x))));
  }
  const z = fr(fr(1 - Math.abs(x)) * 0.5);
  const s = Math.sqrt(z);
  const r = fr(PIO2 - 2 * (s + s * asinRatio(z)));
  return hx >>> 31 !== 0 ? -r : r;
}

export function acosf(x: number): number {
  const PIO2_HI = fr(1.5707962513);
  const PIO2_LO = fr(7.5497894159e-8);
  const hx = ibits(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x3f800000) {
    if (ix === 0x3f800000) return hx < 0 ? fr(fr(2 * PIO2_HI) + 2 ** -120) : 0;
    return NAN;
  }
  if (ix < 0x3f000000) {
    if (ix <= 0x32800000) return fr(PIO2_HI + 2 ** -120);
    return fr(PIO2_HI - fr(x - fr(PIO2_LO - fr(x * asinRatio(fr(x * x))))));
  }
  if (hx < 0) {
    const z = fr(fr(x + 1) * 0.5);
    const s = fr(Math.sqrt(z));
    const w = fr(fr(asinRatio(z) * s) - PIO2_LO);
    return fr(2 * fr(PIO2_HI - fr(s + w)));
  }
  const z = fr(fr(1 - x) * 0.5);
  const s = fr(Math.sqrt(z));
  const c = fr(fr(z - fr(s * s)) / fr(s + s));
  const w = fr(fr(asinRatio(z) * s) + c);
  return fr(2 * fr(s + w));
}

const ATAN_HI = [4.6364760399e-1, 7.8539812565e-1, 9.8279368877e-1, 1.5707962513].map(fr);
const ATAN_LO = [5.012158244e-9, 3.7748947079e-8, 3.447321717e-8, 7.5497894159e-8].map(fr);
const ATAN_T = [3.3333328366e-1, -1.9999158382e-1, 1.4253635705e-1, -1.0648017377e-1, 6.1687607318e-2].map(fr);

export function atanf(input: number): number {
  const hx = ibits(input);
  const negative = hx < 0;
  const ix = hx & 0x7fffffff;
  let x = input;
  let id: number;
  if (ix >= 0x4c800000) {
    if (Number.isNaN(x)) return x;
    const z = fr(ATAN_HI[3]! + 2 ** -120);
    return negative ? -z : z;
  }
  if (ix < 0x3ee00000) {
    if (ix < 0x39800000) return x;
    id = -1;
  } else {
    x = Math.abs(x);
    if (ix < 0x3f980000) {
      if (ix < 0x3f300000) {
        id = 0;
        x = fr(fr(fr(2 * x) - 1) / fr(2 + x));
      } else {
        id = 1;
        x = fr(fr(x - 1) / fr(x + 1));
      }
    } else if (ix < 0x401c0000) {
      id = 2;
      x = fr(fr(x - 1.5) / fr(1 + fr(x * 1.5)));
    } else {
      id = 3;
      x = fr(-1 / x);
    }
  }
  const T = ATAN_T;
  const z = fr(x * x);
  const w = fr(z * z);
  const s1 = fr(z * fr(T[0]! + fr(w * fr(T[2]! + fr(w * T[4]!)))));
  const s2 = fr(w * fr(T[1]! + fr(w * T[3]!)));
  const sum = fr(s1 + s2);
  if (id < 0) return fr(x - fr(x * sum));
  const r = fr(ATAN_HI[id]! - fr(fr(fr(x * sum) - ATAN_LO[id]!) - x));
  return negative ? -r : r;
}

export function atan2f(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NAN;
  const PI = fr(3.141592741);
  let ix = bits(x);
  let iy = bits(y);
  if (ix === 0x3f800000) return atanf(y);
  const m = ((iy >>> 31) & 1) | ((ix >>> 30) & 2);
  ix &= 0x7fffffff;
  iy &= 0x7fffffff;
  const halfPi = (m & 1) !== 0 ? fr(-PI / 2) : fr(PI / 2);
  if (iy === 0) return m <= 1 ? y : m === 2 ? PI : -PI;
  if (ix === 0) return halfPi;
  if (ix === 0x7f800000) {
    if (iy === 0x7f800000) {
      return [fr(PI / 4), fr(-PI / 4), fr(fr(PI * 3) / 4), fr(fr(-PI * 3) / 4)][m]!;
    }
    return [0, -0, PI, -PI][m]!;
  }
  if (ix + (26 << 23) < iy || iy === 0x7f800000) return halfPi;
  const z = (m & 2) !== 0 && iy + (26 << 23) < ix ? 0 : atanf(fr(Math.abs(y) / Math.abs(x)));
  switch (m) {
    case 0:
      return z;
    case 1:
      return -z;
    case 2:
      return fr(PI - z);
    default:
      return fr(z - PI);
  }
}

// ---- exponentials ---------------------------------------------------------

// expf's table: 2^(i/32) as Double bits (high word, low word).
const EXP2F_TAB = [
  '3ff0000000000000', '3fefd9b0d3158574', '3fefb5586cf9890f', '3fef9301d0125b51', '3fef72b83c7d517b',
  '3fef54873168b9aa', '3fef387a6e756238', '3fef1e9df51fdee1', '3fef06fe0a31b715', '3feef1a7373aa9cb',
  '3feedea64c123422', '3feece086061892d', '3feebfdad5362a27', '3feeb42b569d4f82', '3feeab07dd485429',
  '3feea47eb03a5585', '3feea09e667f3bcd', '3fee9f75e8ec5f74', '3feea11473eb0187', '3feea589994cce13',
  '3feeace5422aa0db', '3feeb737b0cdc5e5', '3feec49182a3f090', '3feed503b23e255d', '3feee89f995ad3ad',
  '3feeff76f2fb5e47', '3fef199bdd85529c', '3fef3720dcef9069', '3fef5818dcfba487', '3fef7c97337b9b5f',
  '3fefa4afa2a490da', '3fefd0765b6e4540',
].map((h) => [parseInt(h.slice(0, 8), 16), parseInt(h.slice(8), 16)] as const);
const EXP2F_N = 32;
const EXP_SHIFT = hex('0x1.8p+52');
const INVLN2_SCALED = hex('0x1.71547652b82fep+0') * EXP2F_N;
const EXP_POLY = [
  hex('0x1.c6af84b912394p-5') / EXP2F_N / EXP2F_N / EXP2F_N,
  hex('0x1.ebfce50fac4f3p-3') / EXP2F_N / EXP2F_N,
  hex('0x1.62e42ff0c52d6p-1') / EXP2F_N,
];
const TOP12_88 = bits(88) >>> 20;
const TOP12_INF = bits(Infinity) >>> 20;
const EXPF_OVERFLOW = fr(hex('0x1.62e42ep6'));
const EXPF_UNDERFLOW = fr(-hex('0x1.9fe368p6'));

const words = new DataView(new ArrayBuffer(8));

export function expf(x: number): number {
  const abstop = (bits(x) >>> 20) & 0x7ff;
  if (abstop >= TOP12_88) {
    if (x === -Infinity) return 0;
    if (abstop >= TOP12_INF) return fr(x + x);
    if (x > EXPF_OVERFLOW) return Infinity; // 2^97 · 2^97 in Float
    if (x < EXPF_UNDERFLOW) return 0; // 2^-95 · 2^-95 in Float
  }
  const z = INVLN2_SCALED * x;
  const shifted = z + EXP_SHIFT;
  words.setFloat64(0, shifted);
  const ki = words.getUint32(4); // only the low word of the 64-bit `ki` matters below
  const kd = shifted - EXP_SHIFT;
  const r = z - kd;
  const [hi, lo] = EXP2F_TAB[ki % EXP2F_N]!;
  // t + (ki << 47): only the high word changes.
  words.setUint32(0, (hi + (ki << 15)) >>> 0);
  words.setUint32(4, lo);
  const s = words.getFloat64(0);
  const p = EXP_POLY[0]! * r + EXP_POLY[1]!;
  const r2 = r * r;
  const y = p * r2 + (EXP_POLY[2]! * r + 1);
  return fr(y * s);
}

const LN2_HI_F = fr(6.9314575195e-1);
const LN2_LO_F = fr(1.4286067653e-6);

export function expm1f(input: number): number {
  const INV_LN2 = fr(1.4426950216);
  const Q1 = fr(-3.3333212137e-2);
  const Q2 = fr(1.5807170421e-3);
  let x = input;
  let hx = bits(x);
  const negative = hx >>> 31 !== 0;
  hx &= 0x7fffffff;
  if (hx >= 0x4195b844) {
    if (hx > 0x7f800000) return x;
    if (negative) return -1;
    if (hx > 0x42b17217) return fr(x * 2 ** 127);
  }
  let k = 0;
  let c = 0;
  if (hx > 0x3eb17218) {
    let hi: number;
    let lo: number;
    if (hx < 0x3f851592) {
      if (!negative) {
        hi = fr(x - LN2_HI_F);
        lo = LN2_LO_F;
        k = 1;
      } else {
        hi = fr(x + LN2_HI_F);
        lo = -LN2_LO_F;
        k = -1;
      }
    } else {
      k = Math.trunc(fr(fr(INV_LN2 * x) + (negative ? -0.5 : 0.5)));
      hi = fr(x - fr(k * LN2_HI_F));
      lo = fr(k * LN2_LO_F);
    }
    x = fr(hi - lo);
    c = fr(fr(hi - x) - lo);
  } else if (hx < 0x33000000) {
    return x;
  }
  const hfx = fr(0.5 * x);
  const hxs = fr(x * hfx);
  const r1 = fr(1 + fr(hxs * fr(Q1 + fr(hxs * Q2))));
  const t = fr(3 - fr(r1 * hfx));
  let e = fr(hxs * fr(fr(r1 - t) / fr(6 - fr(x * t))));
  if (k === 0) return fr(x - fr(fr(x * e) - hxs));
  e = fr(fr(x * fr(e - c)) - c);
  e = fr(e - hxs);
  if (k === -1) return fr(fr(0.5 * fr(x - e)) - 0.5);
  if (k === 1) {
    if (x < -0.25) return fr(-2 * fr(e - fr(x + 0.5)));
    return fr(1 + fr(2 * fr(x - e)));
  }
  const twopk = fromBits((0x7f + k) << 23);
  if (k < 0 || k > 56) {
    let y = fr(fr(x - e) + 1);
    y = k === 128 ? fr(fr(y * 2) * 2 ** 127) : fr(y * twopk);
    return fr(y - 1);
  }
  const uf = fromBits((0x7f - k) << 23);
  if (k < 23) return fr(fr(fr(x - e) + fr(1 - uf)) * twopk);
  return fr(fr(fr(x - fr(e + uf)) + 1) * twopk);
}

// ---- logarithms -----------------------------------------------------------

const LOGF_OFF = 0x3f330000;
const LOGF_INVC = [
  '0x1.661ec79f8f3bep+0', '0x1.571ed4aaf883dp+0', '0x1.49539f0f010bp+0', '0x1.3c995b0b80385p+0',
  '0x1.30d190c8864a5p+0', '0x1.25e227b0b8eap+0', '0x1.1bb4a4a1a343fp+0', '0x1.12358f08ae5bap+0',
  '0x1.0953f419900a7p+0', '0x1.0p+0', '0x1.e608cfd9a47acp-1', '0x1.ca4b31f026aap-1', '0x1.b2036576afce6p-1',
  '0x1.9c2d163a1aa2dp-1', '0x1.886e6037841edp-1', '0x1.767dcf5534862p-1',
].map(hex);
const LOGF_LOGC = [
  '-0x1.57bf7808caadep-2', '-0x1.2bef0a7c06ddbp-2', '-0x1.01eae7f513a67p-2', '-0x1.b31d8a68224e9p-3',
  '-0x1.6574f0ac07758p-3', '-0x1.1aa2bc79c81p-3', '-0x1.a4e76ce8c0e5ep-4', '-0x1.1973c5a611cccp-4',
  '-0x1.252f438e10c1ep-5', '0x0.0p+0', '0x1.aa5aa5df25984p-5', '0x1.c5e53aa362eb4p-4', '0x1.526e57720db08p-3',
  '0x1.bc2860d22477p-3', '0x1.1058bc8a07ee1p-2', '0x1.4043057b6ee09p-2',
].map(hex);
const LOGF_LN2 = hex('0x1.62e42fefa39efp-1');
const LOGF_POLY = ['-0x1.00ea348b88334p-2', '0x1.5575b0be00b6ap-2', '-0x1.ffffef20a4123p-2'].map(hex);

export function lnf(x: number): number {
  let ix = bits(x);
  if (ix === 0x3f800000) return 0;
  if (((ix - 0x00800000) >>> 0) >= 0x7f800000 - 0x00800000) {
    // Zero, subnormal, negative, infinite or NaN.
    const doubled = (ix * 2) % 2 ** 32;
    if (doubled === 0) return -Infinity;
    if (ix === 0x7f800000) return x;
    if ((ix & 0x80000000) !== 0 || doubled >= 0xff000000) return NAN;
    ix = bits(fr(x * 2 ** 23));
    ix = (ix - (23 << 23)) >>> 0;
  }
  const tmp = (ix - LOGF_OFF) >>> 0;
  const i = (tmp >>> 19) & 15;
  const k = (tmp | 0) >> 23;
  const iz = (ix - ((tmp & 0xff800000) >>> 0)) >>> 0;
  const z = fromBits(iz);
  const r = z * LOGF_INVC[i]! - 1;
  const y0 = LOGF_LOGC[i]! + k * LOGF_LN2;
  const r2 = r * r;
  let y = LOGF_POLY[1]! * r + LOGF_POLY[2]!;
  y = LOGF_POLY[0]! * r2 + y;
  return fr(y * r2 + (y0 + r));
}

export function ln_1pf(x: number): number {
  const LG1 = fr(0.66666662693);
  const LG2 = fr(0.40000972152);
  const LG3 = fr(0.28498786688);
  const LG4 = fr(0.24279078841);
  let ui = bits(x);
  let f = 0;
  let c = 0;
  let k = 1;
  if (ui < 0x3ed413d0 || ui >>> 31 > 0) {
    if (ui >= 0xbf800000) {
      if (x === -1) return -Infinity;
      return NAN;
    }
    if (((ui << 1) >>> 0) < ((0x33800000 << 1) >>> 0)) return x;
    if (ui <= 0xbe95f619) {
      k = 0;
      f = x;
    }
  } else if (ui >= 0x7f800000) {
    return x;
  }
  if (k > 0) {
    ui = bits(fr(1 + x));
    let iu = (ui + (0x3f800000 - 0x3f3504f3)) >>> 0;
    k = (iu >>> 23) - 0x7f;
    if (k < 25) {
      const fui = fromBits(ui);
      c = k >= 2 ? fr(1 - fr(fui - x)) : fr(x - fr(fui - 1));
      c = fr(c / fui);
    } else {
      c = 0;
    }
    iu = ((iu & 0x007fffff) + 0x3f3504f3) >>> 0;
    f = fr(fromBits(iu) - 1);
  }
  const s = fr(f / fr(f + 2));
  const z = fr(s * s);
  const w = fr(z * z);
  const t1 = fr(w * fr(LG2 + fr(w * LG4)));
  const t2 = fr(z * fr(LG1 + fr(w * LG3)));
  const r = fr(t2 + t1);
  const hfsq = fr(fr(f * f) * 0.5);
  const dk = fr(k);
  let y = fr(s * fr(hfsq + r));
  y = fr(y + fr(fr(dk * LN2_LO_F) + c));
  y = fr(y - hfsq);
  y = fr(y + f);
  return fr(y + fr(dk * LN2_HI_F));
}

// ---- hyperbolic functions -------------------------------------------------

/** exp(x) for large x: exp(x - k·ln2) · 2^k with k = 235, scaled in two steps. */
function expo2f(x: number): number {
  const kLn2 = fromBits(0x4322e3bc);
  const scale = fromBits((0x7f + 117) << 23);
  return fr(fr(expf(fr(x - kLn2)) * scale) * scale);
}

export function sinhf(x: number): number {
  const h = bits(x) >>> 31 !== 0 ? -0.5 : 0.5;
  const w = bits(x) & 0x7fffffff;
  const absx = fromBits(w);
  if (w < 0x42b17217) {
    const t = expm1f(absx);
    if (w < 0x3f800000) {
      if (w < 0x3f800000 - (12 << 23)) return x;
      return fr(h * fr(fr(2 * t) - fr(fr(t * t) / fr(t + 1))));
    }
    return fr(h * fr(t + fr(t / fr(t + 1))));
  }
  return fr(fr(h * expo2f(absx)) * 2);
}

export function coshf(input: number): number {
  const w = bits(input) & 0x7fffffff;
  const x = fromBits(w);
  if (w < 0x3f317217) {
    if (w < 0x3f800000 - (12 << 23)) return 1;
    const t = expm1f(x);
    return fr(1 + fr(fr(t * t) / fr(2 * fr(t + 1))));
  }
  if (w < 0x42b17217) {
    const t = expf(x);
    return fr(fr(t + fr(1 / t)) * 0.5);
  }
  return expo2f(x);
}

export function tanhf(input: number): number {
  const negative = bits(input) >>> 31 !== 0;
  const w = bits(input) & 0x7fffffff;
  const x = fromBits(w);
  let t: number;
  if (w > 0x3f0c9f54) {
    if (w > 0x41200000) {
      t = fr(1 + fr(0 / x));
    } else {
      const e = expm1f(fr(x * 2));
      t = fr(1 - fr(2 / fr(e + 2)));
    }
  } else if (w > 0x3e82c578) {
    const e = expm1f(fr(x * 2));
    t = fr(e / fr(e + 2));
  } else if (w >= 0x00800000) {
    const e = expm1f(fr(x * -2));
    t = fr(-e / fr(e + 2));
  } else {
    t = x;
  }
  return negative ? -t : t;
}

const sqrtf = (x: number): number => fr(Math.sqrt(x));

export function asinhf(input: number): number {
  const LN2 = fr(0.6931471805599453);
  const i = bits(input) & 0x7fffffff;
  const negative = bits(input) >>> 31 !== 0;
  const x = fromBits(i);
  let r: number;
  if (i >= 0x3f800000 + (12 << 23)) {
    r = fr(lnf(x) + LN2);
  } else if (i >= 0x3f800000 + (1 << 23)) {
    r = lnf(fr(fr(x * 2) + fr(1 / fr(sqrtf(fr(fr(x * x) + 1)) + x))));
  } else if (i >= 0x3f800000 - (12 << 23)) {
    const xx = fr(x * x);
    r = ln_1pf(fr(x + fr(xx / fr(sqrtf(fr(xx + 1)) + 1))));
  } else {
    r = x;
  }
  return negative ? -r : r;
}

// Core writes this constant without its leading `0.`, so it is about 6.9e35
// rather than ln 2; acoshf(x) for x ≥ 2^12 returns that value, as core does.
const ACOSH_LN2 = fr(693147180559945309417232121458176568);

export function acoshf(x: number): number {
  const a = bits(x) & 0x7fffffff;
  if (a < 0x3f800000 + (1 << 23)) {
    const xm1 = fr(x - 1);
    return ln_1pf(fr(xm1 + sqrtf(fr(fr(xm1 * xm1) + fr(2 * xm1)))));
  }
  if (a < 0x3f800000 + (12 << 23)) {
    return lnf(fr(fr(x * 2) - fr(1 / fr(x + sqrtf(fr(fr(x * x) - 1))))));
  }
  return fr(lnf(x) + ACOSH_LN2);
}

export function atanhf(input: number): number {
  const u = bits(input) & 0x7fffffff;
  const negative = bits(input) >>> 31 !== 0;
  const x = fromBits(u);
  let r: number;
  if (u < 0x3f800000 - (1 << 23)) {
    if (u < 0x3f800000 - (32 << 23)) {
      r = x;
    } else {
      const x2 = fr(x * 2);
      r = fr(ln_1pf(fr(x2 + fr(fr(x2 * x) / fr(1 - x)))) * 0.5);
    }
  } else {
    r = fr(ln_1pf(fr(fr(x / fr(1 - x)) * 2)) * 0.5);
  }
  return negative ? -r : r;
}

// ---- roots, powers, scaling -----------------------------------------------

export function cbrtf(x: number): number {
  const B1 = 709958130;
  const B2 = 642849266;
  let ui = bits(x);
  let hx = ui & 0x7fffffff;
  if (hx >= 0x7f800000) return fr(x + x);
  if (hx < 0x00800000) {
    if (hx === 0) return x;
    ui = bits(fr(x * 2 ** 24));
    hx = ui & 0x7fffffff;
    hx = Math.floor(hx / 3) + B2;
  } else {
    hx = Math.floor(hx / 3) + B1;
  }
  ui = ((ui & 0x80000000) | hx) >>> 0;
  // Two Newton steps in Double, one rounding to Float.
  let t = fromBits(ui);
  let r = t * t * t;
  t = (t * (x + x + r)) / (x + r + r);
  r = t * t * t;
  t = (t * (x + x + r)) / (x + r + r);
  return fr(t);
}

export function hypotf(a: number, b: number): number {
  const EPSILON = 1.1920928955078125e-7;
  let x = Math.abs(a);
  let y = Math.abs(b);
  if (x === Infinity || y === Infinity) return Infinity;
  if (y > x) [x, y] = [y, x];
  if (fr(x * EPSILON) >= y) return x;
  const rat = fr(y / x);
  return fr(x * sqrtf(fr(fr(rat * rat) + 1)));
}

export function scalbnf(input: number, exp: number): number {
  let y = input;
  let n = exp;
  if (n > 127) {
    y = fr(y * 2 ** 127);
    n -= 127;
    if (n > 127) {
      y = fr(y * 2 ** 127);
      n -= 127;
      if (n > 127) n = 127;
    }
  } else if (n < -126) {
    y = fr(y * 2 ** -102);
    n += 126 - 24;
    if (n < -126) {
      y = fr(y * 2 ** -102);
      n += 126 - 24;
      if (n < -126) n = -126;
    }
  }
  return fr(y * fromBits((0x7f + n) << 23));
}

/** `@math.scalbn`: x · 2^exp in Double, in steps that avoid double rounding. */
export function scalbn(input: number, exp: number): number {
  let y = input;
  let n = exp;
  if (n > 1023) {
    y *= 2 ** 1023;
    n -= 1023;
    if (n > 1023) {
      y *= 2 ** 1023;
      n -= 1023;
      if (n > 1023) n = 1023;
    }
  } else if (n < -1022) {
    y *= 2 ** -1022 * 2 ** 53;
    n += 1022 - 53;
    if (n < -1022) {
      y *= 2 ** -1022 * 2 ** 53;
      n += 1022 - 53;
      if (n < -1022) n = -1022;
    }
  }
  return y * 2 ** n;
}

const POW = {
  cp: fr(9.6179670095e-1),
  cp_h: fr(9.619140625e-1),
  cp_l: fr(-1.1736857402e-4),
  lg2: fr(6.9314718246e-1),
  lg2_h: fr(6.93145752e-1),
  lg2_l: fr(1.42860654e-6),
  ovt: fr(4.2995665694e-8),
  ivln2: fr(1.4426950216),
  ivln2_h: fr(1.4426879883),
  ivln2_l: fr(7.0526075433e-6),
  L: [6.0000002384e-1, 4.2857143283e-1, 3.3333334327e-1, 2.7272811532e-1, 2.3066075146e-1, 2.0697501302e-1].map(fr),
  P: [1.6666667163e-1, -2.777777845e-3, 6.613755977e-5, -1.6533901999e-6, 4.1381369442e-8].map(fr),
  bp: [1, 1.5],
  dp_h: [0, fr(5.84960938e-1)],
  dp_l: [0, fr(1.56322085e-6)],
  huge: fr(1e30),
  tiny: fr(1e-30),
};

export function powf(x: number, y: number): number {
  const { cp, cp_h, cp_l, lg2, lg2_h, lg2_l, ovt, ivln2, ivln2_h, ivln2_l, L, P, bp, dp_h, dp_l, huge, tiny } = POW;
  const hx = ibits(x);
  const hy = ibits(y);
  let ix = hx & 0x7fffffff;
  const iy = hy & 0x7fffffff;
  if (iy === 0) return 1;
  if (hx === 0x3f800000) return 1;
  if (ix > 0x7f800000 || iy > 0x7f800000) return fr(x + y);
  // yisint: 0 = not an integer, 1 = odd integer, 2 = even integer (only when x < 0).
  let yisint = 0;
  if (hx < 0) {
    if (iy >= 0x4b800000) {
      yisint = 2;
    } else if (iy >= 0x3f800000) {
      const e = (iy >> 23) - 0x7f;
      const j = iy >> (23 - e);
      if (j << (23 - e) === iy) yisint = 2 - (j & 1);
    }
  }
  if (iy === 0x7f800000) {
    if (ix === 0x3f800000) return 1;
    if (ix > 0x3f800000) return hy >= 0 ? y : 0;
    return hy >= 0 ? 0 : -y;
  }
  if (iy === 0x3f800000) return hy >= 0 ? x : fr(1 / x);
  if (hy === 0x40000000) return fr(x * x);
  if (hy === 0x3f000000 && hx >= 0) return sqrtf(x);
  let ax = Math.abs(x);
  if (ix === 0x7f800000 || ix === 0 || ix === 0x3f800000) {
    let z = ax;
    if (hy < 0) z = fr(1 / z);
    if (hx < 0) {
      if (((ix - 0x3f800000) | yisint) === 0) z = NAN;
      else if (yisint === 1) z = -z;
    }
    return z;
  }
  let sn = 1;
  if (hx < 0) {
    if (yisint === 0) return NAN;
    if (yisint === 1) sn = -1;
  }
  let t1: number;
  let t2: number;
  if (iy > 0x4d000000) {
    // |y| > 2^27: over/underflow unless x is within 2^-20 of one.
    if (ix < 0x3f7ffff6) return hy < 0 ? fr(fr(sn * huge) * huge) : fr(fr(sn * tiny) * tiny);
    if (ix > 0x3f800007) return hy > 0 ? fr(fr(sn * huge) * huge) : fr(fr(sn * tiny) * tiny);
    const t = fr(ax - 1);
    const w = fr(fr(t * t) * fr(0.5 - fr(t * fr(fr(0.333333333333) - fr(t * 0.25)))));
    const u = fr(ivln2_h * t);
    const v = fr(fr(t * ivln2_l) - fr(w * ivln2));
    t1 = fromBits(bits(fr(u + v)) & 0xfffff000);
    t2 = fr(v - fr(t1 - u));
  } else {
    let n = 0;
    if (ix < 0x00800000) {
      ax = fr(ax * 16777216);
      n -= 24;
      ix = ibits(ax);
    }
    n += (ix >> 23) - 0x7f;
    const j = ix & 0x007fffff;
    let k: number;
    ix = j | 0x3f800000;
    if (j <= 0x1cc471) {
      k = 0;
    } else if (j < 0x5db3d7) {
      k = 1;
    } else {
      k = 0;
      n += 1;
      ix -= 0x00800000;
    }
    ax = fromBits(ix);
    // s = s_h + s_l = (x - bp) / (x + bp)
    let u = fr(ax - bp[k]!);
    let v = fr(1 / fr(ax + bp[k]!));
    const s = fr(u * v);
    const s_h = fromBits(bits(s) & 0xfffff000);
    const is = (((ix >>> 1) & 0xfffff000) | 0x20000000) >>> 0;
    let t_h = fromBits((is + 0x00400000 + (k << 21)) >>> 0);
    let t_l = fr(ax - fr(t_h - bp[k]!));
    const s_l = fr(v * fr(fr(u - fr(s_h * t_h)) - fr(s_h * t_l)));
    let s2 = fr(s * s);
    let r = fr(L[4]! + fr(s2 * L[5]!));
    r = fr(L[3]! + fr(s2 * r));
    r = fr(L[2]! + fr(s2 * r));
    r = fr(L[1]! + fr(s2 * r));
    r = fr(L[0]! + fr(s2 * r));
    r = fr(fr(s2 * s2) * r);
    r = fr(r + fr(s_l * fr(s_h + s)));
    s2 = fr(s_h * s_h);
    t_h = fromBits(bits(fr(fr(3 + s2) + r)) & 0xfffff000);
    t_l = fr(r - fr(fr(t_h - 3) - s2));
    u = fr(s_h * t_h);
    v = fr(fr(s_l * t_h) + fr(t_l * s));
    const p_h = fromBits(bits(fr(u + v)) & 0xfffff000);
    const p_l = fr(v - fr(p_h - u));
    const z_h = fr(cp_h * p_h);
    const z_l = fr(fr(fr(cp_l * p_h) + fr(p_l * cp)) + dp_l[k]!);
    const t = fr(n);
    t1 = fromBits(bits(fr(fr(fr(z_h + z_l) + dp_h[k]!) + t)) & 0xfffff000);
    t2 = fr(z_l - fr(fr(fr(t1 - t) - dp_h[k]!) - z_h));
  }
  // (y1 + y2) · (t1 + t2) with y1 = y's high bits.
  const y1 = fromBits(bits(y) & 0xfffff000);
  const p_l = fr(fr(fr(y - y1) * t1) + fr(y * t2));
  let p_h = fr(y1 * t1);
  let z = fr(p_l + p_h);
  let j = ibits(z);
  if (j > 0x43000000) return fr(fr(sn * huge) * huge);
  if (j === 0x43000000) {
    if (fr(p_l + ovt) > fr(z - p_h)) return fr(fr(sn * huge) * huge);
  } else if ((j & 0x7fffffff) > 0x43160000) {
    return fr(fr(sn * tiny) * tiny);
  } else if (j >>> 0 === 0xc3160000 && p_l <= fr(z - p_h)) {
    return fr(fr(sn * tiny) * tiny);
  }
  // 2^(p_h + p_l)
  const i = j & 0x7fffffff;
  let k = (i >> 23) - 0x7f;
  let n = 0;
  if (i > 0x3f000000) {
    n = (j + (0x00800000 >> (k + 1))) | 0;
    k = ((n & 0x7fffffff) >> 23) - 0x7f;
    const t = fromBits(n & ~(0x007fffff >> k));
    n = ((n & 0x007fffff) | 0x00800000) >> (23 - k);
    if (j < 0) n = -n;
    p_h = fr(p_h - t);
  }
  let t = fromBits(bits(fr(p_l + p_h)) & 0xffff8000);
  const u = fr(t * lg2_h);
  const v = fr(fr(fr(p_l - fr(t - p_h)) * lg2) + fr(t * lg2_l));
  z = fr(u + v);
  const w = fr(v - fr(z - u));
  t = fr(z * z);
  let poly = fr(P[3]! + fr(t * P[4]!));
  poly = fr(P[2]! + fr(t * poly));
  poly = fr(P[1]! + fr(t * poly));
  poly = fr(P[0]! + fr(t * poly));
  t1 = fr(z - fr(t * poly));
  const r = fr(fr(fr(z * t1) / fr(t1 - 2)) - fr(w + fr(z * w)));
  z = fr(1 - fr(r - z));
  j = (ibits(z) + (n << 23)) | 0;
  z = j >> 23 <= 0 ? scalbnf(z, n) : fromBits(j);
  return fr(sn * z);
}
