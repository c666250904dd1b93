/** A seeded PRNG (mulberry32): the same seed gives the same sequence, so a failure reproduces. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Keys that try to pollute prototypes through naive merges. */
export const POLLUTION_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  '__defineGetter__',
  'hasOwnProperty',
  'toString',
];

const INTERESTING_STRINGS = [
  '',
  ' ',
  '0',
  '-1',
  'null',
  'true',
  'NaN',
  '1e309',
  '../../etc/passwd',
  '..\\..\\windows',
  '%2e%2e%2f',
  '\u0000',
  'a\u0000b',
  '\u202e',
  '\ufeff',
  'ｄｅｖ',
  '‥/',
  '😀'.repeat(40),
  'Ω≈ç√∫',
  "'; DROP TABLE sessions; --",
  '<script>alert(1)</script>',
  '${process.exit(1)}',
  '{{constructor.constructor("return process")()}}',
  '--upload-pack=touch /tmp/pwned',
  '-rf',
  'oxs_' + 'A'.repeat(43),
  '2026-01-01T00:00:00Z',
  'user:admin',
  'agent:x',
];

/** Generates hostile JSON values and query strings from a seeded PRNG. */
export interface Fuzzer {
  /** Any JSON value: wrong types, huge strings, deep nesting, pollution keys, unicode. */
  value(depth?: number): unknown;
  /** An object with some of `keys` (and pollution keys) holding hostile values, or sometimes any value. */
  body(keys: readonly string[]): unknown;
  /** A query string (without `?`) over some of `keys` plus junk keys. */
  query(keys: readonly string[]): string;
  /** A random integer in [0, max). */
  int(max: number): number;
}

/** Creates a {@link Fuzzer} seeded with `seed`. */
export function createFuzzer(seed: number): Fuzzer {
  const random = createRandom(seed);
  const int = (max: number) => Math.floor(random() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const unicode = (length: number, surrogates: boolean) => {
    let text = '';
    for (let index = 0; index < length; index += 1) {
      const roll = random();
      const code =
        roll < 0.5
          ? 32 + int(95)
          : roll < 0.7
            ? int(32)
            : roll < 0.9
              ? 0x80 + int(0xd000)
              : surrogates
                ? 0xd800 + int(0x800)
                : 0xe000 + int(0x1000);
      text += String.fromCharCode(code);
    }
    return text;
  };
  const string = (surrogates: boolean): string => {
    const roll = random();
    if (roll < 0.35) return pick(INTERESTING_STRINGS);
    if (roll < 0.9) return unicode(int(64), surrogates);
    if (roll < 0.98) return 'x'.repeat(1_000 + int(100_000));
    return 'y'.repeat(1_100_000 + int(100_000)); // past the default body limit
  };
  const nested = (depth: number): unknown => {
    let value: unknown = pick([1, 'x', null, true]);
    for (let level = 0; level < depth; level += 1) value = random() < 0.5 ? [value] : { a: value };
    return value;
  };
  const value = (depth = 0): unknown => {
    const roll = random();
    if (roll < 0.1) return null;
    if (roll < 0.2) return random() < 0.5;
    if (roll < 0.35)
      return pick([0, -1, 1.5, -0, 2 ** 53, -(2 ** 63), 1e308, Number.MAX_SAFE_INTEGER + 2, int(1_000_000)]);
    if (roll < 0.6) return string(true);
    if (roll < 0.65) return nested(50 + int(400));
    if (depth > 4) return string(true);
    if (roll < 0.8) return Array.from({ length: int(8) }, () => value(depth + 1));
    const object: Record<string, unknown> = {};
    for (let index = 0; index < int(6); index += 1)
      object[random() < 0.3 ? pick(POLLUTION_KEYS) : string(true).slice(0, 40)] = value(depth + 1);
    return object;
  };
  const body = (keys: readonly string[]): unknown => {
    if (keys.length === 0 || random() < 0.3) return value();
    const object: Record<string, unknown> = {};
    for (const key of keys) if (random() < 0.7) object[key] = value(1);
    if (random() < 0.3) object[pick(POLLUTION_KEYS)] = random() < 0.5 ? { polluted: true, isAdmin: true } : value(1);
    return object;
  };
  const query = (keys: readonly string[]): string => {
    const parts: string[] = [];
    for (const key of [...keys, ...POLLUTION_KEYS.slice(0, 2), 'constructor[prototype][x]'])
      if (random() < 0.5) parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(string(false).slice(0, 5_000))}`);
    if (random() < 0.2) parts.push('%zz=%', 'a=%E0%A4%A', '&&==');
    return parts.join('&');
  };
  return { value, body, query, int };
}
