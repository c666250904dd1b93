import { describe, expect, it } from 'vitest';
import { detectColor } from './output.js';

describe('detectColor', () => {
  it('uses colour only on a terminal', () => {
    expect(detectColor({ isTTY: true }, {})).toBe(true);
    expect(detectColor({ isTTY: false }, {})).toBe(false);
    expect(detectColor({}, {})).toBe(false);
  });

  it('never uses colour with NO_COLOR, even when forced', () => {
    expect(detectColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(detectColor({ isTTY: true }, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
  });

  it('honours FORCE_COLOR and TERM=dumb', () => {
    expect(detectColor({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(detectColor({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
  });
});
