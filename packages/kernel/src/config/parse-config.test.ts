import { describe, expect, it } from 'vitest';
import { parseConfig } from './parse-config.js';

describe('parseConfig', () => {
  it('fills every default when the file is empty, binding to loopback on 4200', () => {
    const config = parseConfig('', 'config.toml')._unsafeUnwrap();
    expect(config.server).toMatchObject({ host: '127.0.0.1', port: 4200, cors_origins: [], trust_proxy: false });
    expect(config.log).toEqual({ level: 'info' });
    expect(config.events).toEqual({ subscriber_buffer: 1024, history: 1024 });
    expect(config.exec).toEqual({
      allowlist: ['git'],
      env_allowlist: ['HOME', 'USER', 'LOGNAME', 'PATH', 'LANG', 'LC_ALL', 'TERM'],
      default_timeout_secs: 60,
      max_timeout_secs: 600,
      max_output_bytes: 1_048_576,
      required_tools: ['git'],
      optional_tools: ['gh', 'jq', 'rg', 'curl'],
      probe_cache_secs: 300,
    });
    expect(config.access).toMatchObject({ default_role: 'user', audit_retention: 100_000 });
    expect(config.llm).toEqual({
      default_model: 'anthropic/claude-sonnet-4-5',
      request_timeout_secs: 600,
      idle_timeout_secs: 120,
      max_retries: 3,
      retry_base_delay_ms: 500,
      retry_max_delay_secs: 30,
      breaker_failure_threshold: 5,
      breaker_cooldown_secs: 30,
      tool_output_max_bytes: 65_536,
      tool_timeout_secs: 120,
      agent_budget: { max_turns: 50, max_wall_secs: 1_800, max_tokens: 2_000_000, max_cost_usd: 5 },
      session_budget: { max_turns: 500, max_wall_secs: 14_400, max_tokens: 20_000_000, max_cost_usd: 25 },
      providers: {},
    });
  });

  it('names the key path, the expected type and the given value for a wrong type', () => {
    const result = parseConfig('[events]\nsubscriber_buffer = "five"\n', 'config.toml');
    const error = result._unsafeUnwrapErr();
    expect(error.code).toBe('config-invalid');
    if (error.code !== 'config-invalid') return;
    expect(error.issues).toEqual([
      { path: 'events.subscriber_buffer', message: 'expected integer 1–1000000, got "five"' },
    ]);
    expect(error.message).toBe('config.toml: events.subscriber_buffer: expected integer 1–1000000, got "five"');
  });

  it('rejects a port out of range with the allowed range', () => {
    const error = parseConfig('[server]\nport = 70000\n', 'c.toml')._unsafeUnwrapErr();
    expect(error.message).toBe('c.toml: server.port: expected integer 1–65535, got 70000');
  });

  it('reports an unknown key with the keys that table accepts', () => {
    const error = parseConfig('[server]\nhots = "0.0.0.0"\n', 'c.toml')._unsafeUnwrapErr();
    expect(error).toMatchObject({
      code: 'config-invalid',
      issues: [
        {
          path: 'server.hots',
          message: expect.stringMatching(/^unknown key \(expected one of: host, port, /) as string,
        },
      ],
    });
  });

  it('reports an unknown section', () => {
    const error = parseConfig('[sever]\nport = 1\n', 'c.toml')._unsafeUnwrapErr();
    expect(error).toMatchObject({
      issues: [{ path: 'sever', message: expect.stringContaining('unknown key') as string }],
    });
  });

  it('reports a section that is not a table', () => {
    const error = parseConfig('server = 5\n', 'c.toml')._unsafeUnwrapErr();
    expect(error).toMatchObject({ issues: [{ path: 'server', message: expect.stringContaining('got 5') as string }] });
  });

  it('reports every issue, not just the first', () => {
    const error = parseConfig('[server]\nport = "x"\nhost = ""\n[log]\nlevel = "loud"\n', 'c.toml')._unsafeUnwrapErr();
    if (error.code !== 'config-invalid') throw new Error(`unexpected ${error.code}`);
    expect(error.issues.map((issue) => issue.path).sort()).toEqual(['log.level', 'server.host', 'server.port']);
    expect(error.issues.find((issue) => issue.path === 'log.level')?.message).toBe(
      'expected one of "fatal", "error", "warn", "info", "debug", "trace", "silent", got "loud"',
    );
  });

  it('returns a config-parse error with the line for invalid TOML', () => {
    const error = parseConfig('[server]\nport = = 1\n', 'c.toml')._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 'config-parse', source: 'c.toml', line: 2 });
  });

  describe('environment overrides', () => {
    const file = '[server]\nhost = "10.0.0.5"\nport = 5000\n[log]\nlevel = "warn"\n';

    it('win over the file', () => {
      const config = parseConfig(file, 'c.toml', {
        OXIOS_HOST: '127.0.0.2',
        OXIOS_PORT: '4300',
        OXIOS_LOG_LEVEL: 'debug',
      })._unsafeUnwrap();
      expect(config.server).toMatchObject({ host: '127.0.0.2', port: 4300 });
      expect(config.log.level).toBe('debug');
    });

    it('set the TLS certificate and key (as `oxios serve --tls-cert/--tls-key` does)', () => {
      const config = parseConfig(file, 'c.toml', {
        OXIOS_TLS_CERT: '/etc/oxios/cert.pem',
        OXIOS_TLS_KEY: '/etc/oxios/key.pem',
      })._unsafeUnwrap();
      expect(config.server).toMatchObject({ tls_cert: '/etc/oxios/cert.pem', tls_key: '/etc/oxios/key.pem' });
    });

    it('leave the file alone when unset or empty', () => {
      const config = parseConfig(file, 'c.toml', { OXIOS_PORT: '' })._unsafeUnwrap();
      expect(config.server).toMatchObject({ host: '10.0.0.5', port: 5000 });
    });

    it('are validated and the message names the variable', () => {
      const error = parseConfig(file, 'c.toml', { OXIOS_PORT: 'eighty' })._unsafeUnwrapErr();
      expect(error.message).toBe('c.toml: server.port: expected integer 1–65535, got "eighty" (from OXIOS_PORT)');
    });
  });
});
