import { describe, expect, it } from 'vitest';
import { restoreRedacted } from './restore-redacted.js';

describe('restoreRedacted', () => {
  it('puts the current secrets back where the client sent the placeholder', () => {
    const current = {
      providers: { anthropic: { api_key: 'sk-real', model: 'a' } },
      mcp: { servers: [{ name: 'x', env: { TOKEN: 't-real', MODE: 'm' } }] },
    };
    const edited = {
      providers: { anthropic: { api_key: '[redacted]', model: 'b' } },
      mcp: { servers: [{ name: 'x', env: { TOKEN: '[redacted]', MODE: '[redacted]' } }] },
    };
    expect(restoreRedacted(edited, current)).toEqual({
      providers: { anthropic: { api_key: 'sk-real', model: 'b' } },
      mcp: { servers: [{ name: 'x', env: { TOKEN: 't-real', MODE: 'm' } }] },
    });
  });

  it('keeps new values, and a placeholder that has nothing to restore', () => {
    expect(restoreRedacted({ a: { key: 'new' }, b: '[redacted]' }, { a: { key: 'old' } })).toEqual({
      a: { key: 'new' },
      b: '[redacted]',
    });
  });
});
