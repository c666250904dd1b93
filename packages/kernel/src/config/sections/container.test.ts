import { describe, expect, it } from 'vitest';
import { parseConfig } from '../parse-config.js';

describe('[container]', () => {
  it('defaults to an automatic sandbox backend with the host backend refused and network off', () => {
    const { container } = parseConfig('', 'c.toml')._unsafeUnwrap();
    expect(container).toMatchObject({ backend: 'auto', allow_host: false, network: false, image: 'default' });
  });

  it('refuses backend = "host" without allow_host, naming the key', () => {
    const error = parseConfig('[container]\nbackend = "host"\n', 'c.toml')._unsafeUnwrapErr();
    expect(error).toMatchObject({
      code: 'config-invalid',
      issues: [{ path: 'container.backend', message: expect.stringContaining('allow_host = true') as string }],
    });
  });

  it('accepts the host backend with the explicit opt-in', () => {
    const { container } = parseConfig('[container]\nbackend = "host"\nallow_host = true\n', 'c.toml')._unsafeUnwrap();
    expect(container.backend).toBe('host');
  });

  it('rejects limits out of range with the allowed range', () => {
    const error = parseConfig('[container]\nmemory_mb = 10\n', 'c.toml')._unsafeUnwrapErr();
    expect(error.message).toBe('c.toml: container.memory_mb: expected integer 64–1048576, got 10');
  });
});
