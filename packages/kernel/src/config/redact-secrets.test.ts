import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redact-secrets.js';

describe('redactSecrets', () => {
  it('hides credential-named values and every env/header value, keeping the names', () => {
    const input = {
      llm: { providers: { openai: { api_key_env: 'OPENAI_API_KEY', api_key: 'sk-live-123', base_url: 'https://x' } } },
      mcp: { servers: { github: { command: 'gh-mcp', env: { GITHUB_TOKEN: 'ghp_abc', DEBUG: '1' } } } },
      server: { token: 'abc', port: 4200 },
      headers: { authorization: 'Bearer x' },
    };
    expect(redactSecrets(input)).toEqual({
      llm: { providers: { openai: { api_key_env: 'OPENAI_API_KEY', api_key: '[redacted]', base_url: 'https://x' } } },
      mcp: { servers: { github: { command: 'gh-mcp', env: { GITHUB_TOKEN: '[redacted]', DEBUG: '[redacted]' } } } },
      server: { token: '[redacted]', port: 4200 },
      headers: { authorization: '[redacted]' },
    });
  });

  it('does not modify its input', () => {
    const input = { token: 'secret' };
    redactSecrets(input);
    expect(input.token).toBe('secret');
  });

  it('walks arrays and leaves empty secrets visible as empty', () => {
    expect(redactSecrets([{ password: '' }, { password: 'p' }])).toEqual([
      { password: '' },
      { password: '[redacted]' },
    ]);
  });
});
