import { afterEach, describe, expect, it } from 'vitest';
import { documentCsrfToken, readCookie, requestAuth } from './session-auth.js';

const globals = globalThis as { document?: { cookie: string } };
afterEach(() => {
  delete globals.document;
});

describe('readCookie', () => {
  it('finds a cookie among others, trimming spaces and decoding its value', () => {
    expect(readCookie('a=1; oxios_csrf=abc%2Bdef; b=2', 'oxios_csrf')).toBe('abc+def');
    expect(readCookie('xoxios_csrf=no; oxios_csrf_old=no', 'oxios_csrf')).toBeUndefined();
    expect(readCookie('', 'oxios_csrf')).toBeUndefined();
  });

  it('keeps a value that is not valid percent-encoding as it is', () => {
    expect(readCookie('oxios_csrf=%E0%A4%A', 'oxios_csrf')).toBe('%E0%A4%A');
  });
});

describe('requestAuth', () => {
  it('sends the bearer token and no credentials in token mode', () => {
    expect(requestAuth({ token: 'oxs_t' }, 'POST')).toEqual({ headers: { authorization: 'Bearer oxs_t' } });
  });

  it('sends cookies, and the CSRF token only on state-changing requests, in session mode', () => {
    const session = { csrfToken: () => 'csrf-1' };
    expect(requestAuth({ session }, 'GET')).toEqual({ headers: {}, credentials: 'same-origin' });
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect(requestAuth({ session }, method)).toEqual({
        headers: { 'x-csrf-token': 'csrf-1' },
        credentials: 'same-origin',
      });
    }
  });

  it('reads the CSRF token from document.cookie by default', () => {
    expect(documentCsrfToken()).toBeUndefined();
    globals.document = { cookie: 'theme=dark; oxios_csrf=from-cookie' };
    expect(requestAuth({ session: {} }, 'DELETE').headers).toEqual({ 'x-csrf-token': 'from-cookie' });
  });

  it('sends nothing without a token or session', () => {
    expect(requestAuth({}, 'POST')).toEqual({ headers: {} });
  });
});
