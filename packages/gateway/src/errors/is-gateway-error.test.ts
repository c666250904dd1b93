import { describe, expect, it } from 'vitest';
import { overloaded, stopped, timedOut } from './constructors.js';
import { GATEWAY_ERROR_CODES, isGatewayError } from './is-gateway-error.js';

describe('isGatewayError', () => {
  it('accepts constructor results', () => {
    for (const error of [overloaded('global', 256), timedOut('r', 1), stopped()]) {
      expect(isGatewayError(error)).toBe(true);
    }
  });

  it('rejects unknown codes, missing messages and non-objects', () => {
    expect(isGatewayError({ code: 'nope', message: 'x' })).toBe(false);
    expect(isGatewayError({ code: 'overloaded' })).toBe(false);
    expect(isGatewayError(new Error('x'))).toBe(false);
    expect(isGatewayError(null)).toBe(false);
  });

  it('lists each code once', () => {
    expect(new Set(GATEWAY_ERROR_CODES).size).toBe(GATEWAY_ERROR_CODES.length);
  });
});

describe('constructors', () => {
  it('write messages that say what happened and what limit was hit', () => {
    expect(overloaded('session', 16, 's1').message).toBe('session "s1" queue is full (limit 16); retry later');
    expect(overloaded('global', 256).message).toBe('global queue is full (limit 256); retry later');
    expect(timedOut('r1', 500).message).toBe('request r1 timed out after 500 ms');
  });
});
