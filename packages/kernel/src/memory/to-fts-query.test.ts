import { describe, expect, it } from 'vitest';
import { toFtsQuery } from './to-fts-query.js';

describe('toFtsQuery', () => {
  it('quotes every word, doubling inner quotes, so FTS5 syntax is text', () => {
    expect(toFtsQuery('deploy OR "prod" NEAR(x)')).toBe('"deploy" "OR" """prod""" "NEAR(x)"');
  });

  it('treats control characters, NUL included, as spaces (a NUL would end the quoted string)', () => {
    expect(toFtsQuery("a'b\u0000c\u0015d")).toBe(`"a'b" "c" "d"`);
  });

  it('returns undefined when no word has a letter or digit', () => {
    expect(toFtsQuery(' * ( ) \u0000 ')).toBeUndefined();
  });
});
