import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLE_UPSTREAM, nginxConfForTest } from './support/proxies.js';
import { readRepoFile } from './support/repo.js';
import { run } from './support/run.js';
import { needs, which } from './support/which.js';

const scratch = mkdtempSync(join(tmpdir(), 'oxios-proxy-config-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});
const caddyfile = readRepoFile('deploy/caddy/Caddyfile');
const nginxConf = readRepoFile('deploy/nginx/oxios.conf');
const nginxDirectives = nginxConf
  .split('\n')
  .filter((line) => !line.trim().startsWith('#'))
  .join('\n');

describe('deploy/caddy/Caddyfile', () => {
  it.skipIf(!which('caddy'))(needs('caddy', 'is valid for caddy validate and already caddy fmt formatted'), () => {
    const env = { PATH: process.env.PATH ?? '', HOME: scratch, XDG_DATA_HOME: scratch, XDG_CONFIG_HOME: scratch };
    const path = join(scratch, 'Caddyfile');
    writeFileSync(path, caddyfile);
    const validated = run('caddy', ['validate', '--adapter', 'caddyfile', '--config', path], { env });
    expect(validated.status, validated.stderr).toBe(0);
    expect(validated.stdout + validated.stderr).toContain('Valid configuration');
    const formatted = run('caddy', ['fmt', path], { env });
    expect(formatted.stdout).toBe(caddyfile);
  });

  it('proxies to Oxios on loopback, streams /api/events unbuffered and hides /metrics', () => {
    expect(caddyfile).toContain(`reverse_proxy ${EXAMPLE_UPSTREAM}`);
    expect(caddyfile).toMatch(/handle \/api\/events \{\s+reverse_proxy [^{]+\{\s+flush_interval -1/);
    expect(caddyfile).toMatch(/handle \/metrics \{\s+respond "not found" 404/);
    // Trusting downstream proxies would let clients choose the X-Forwarded-For Oxios reads.
    expect(caddyfile).not.toMatch(/^\s*trusted_proxies/m);
  });
});

describe('deploy/nginx/oxios.conf', () => {
  it.skipIf(!which('nginx') || !which('openssl'))(
    needs(which('nginx') ? 'openssl' : 'nginx', 'passes nginx -t (with test ports and a self-signed certificate)'),
    () => {
      const config = join(scratch, 'nginx.conf');
      writeFileSync(config, nginxConfForTest(scratch, { https: 8443, http: 8080, upstream: 4200 }));
      const result = run('nginx', ['-t', '-p', scratch, '-c', config]);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr).toContain('test is successful');
      expect(readFileSync(join(scratch, 'site.conf'), 'utf8')).toContain('proxy_buffering off;');
    },
  );

  it('sets X-Forwarded-For to the client address instead of appending to what the client sent', () => {
    expect(nginxDirectives).toContain('proxy_set_header X-Forwarded-For $remote_addr;');
    expect(nginxDirectives).not.toContain('$proxy_add_x_forwarded_for');
  });

  it('streams /api/events without buffering and with a read timeout above the 15 s heartbeat', () => {
    const events = /location = \/api\/events \{([^}]+)\}/.exec(nginxDirectives)?.[1] ?? '';
    expect(events).toContain('proxy_buffering off;');
    expect(events).toContain('proxy_read_timeout 1h;');
    expect(nginxDirectives).toMatch(/location = \/metrics \{\s+return 404;/);
  });
});
