import { DEFAULT_CONFIG_TOML } from '@oxios/kernel';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { setTomlValue } from './set-toml-value.js';

const FILE = `# Oxios
[server]
# the port
port = 4200
host = "127.0.0.1"

[log]
level = "info"
`;

describe('setTomlValue', () => {
  it('replaces one line and keeps every comment', () => {
    const result = setTomlValue(FILE, 'server.port', 4300);
    expect(result.commentsKept).toBe(true);
    expect(result.text).toBe(FILE.replace('port = 4200', 'port = 4300'));
  });

  it('keeps the comments of the default config.toml', () => {
    const result = setTomlValue(DEFAULT_CONFIG_TOML, 'server.port', 4300);
    expect(result.commentsKept).toBe(true);
    expect(result.text).toBe(DEFAULT_CONFIG_TOML.replace('\nport = 4200\n', '\nport = 4300\n'));
  });

  it('adds a missing key at the end of its table', () => {
    const result = setTomlValue(FILE, 'server.tls_cert', '/etc/cert.pem');
    expect(result.commentsKept).toBe(true);
    expect(result.text).toContain('host = "127.0.0.1"\ntls_cert = "/etc/cert.pem"\n');
    expect(parse(result.text)).toMatchObject({ server: { tls_cert: '/etc/cert.pem', port: 4200 } });
  });

  it('adds a missing table at the end', () => {
    const result = setTomlValue(FILE, 'scheduler.max_concurrent', 2);
    expect(result.text.endsWith('\n[scheduler]\nmax_concurrent = 2\n')).toBe(true);
    expect(result.text.startsWith('# Oxios\n')).toBe(true);
  });

  it('rewrites the document when a line edit cannot express the change', () => {
    const multiLine = '[exec]\nallowlist = [\n  "git",\n]\n';
    const result = setTomlValue(multiLine, 'exec.allowlist', ['git', 'jq']);
    expect(result.commentsKept).toBe(false);
    expect(parse(result.text)).toEqual({ exec: { allowlist: ['git', 'jq'] } });
  });

  it('does not touch a same-named key in another table', () => {
    const text = '[a]\nlevel = 1\n[log]\nlevel = "info"\n';
    expect(parse(setTomlValue(text, 'log.level', 'debug').text)).toEqual({ a: { level: 1 }, log: { level: 'debug' } });
  });
});
