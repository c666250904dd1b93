import { describe, expect, it } from 'vitest';
import { buildConfig, configForm, issuesFrom } from './config-form.js';

const config = {
  server: { host: '127.0.0.1', port: 4200, trust_proxy: false, cors_origins: [] as string[] },
  exec: { allowlist: ['git'] },
  providers: { anthropic: { api_key: '[redacted]', limits: { rpm: 50 } } },
  scheduler: { providers: {} },
};

describe('the config form', () => {
  it('turns every setting into a field by key path, grouped by section', () => {
    const form = configForm(config);
    expect(form.sections.map((section) => section.name)).toEqual(['server', 'exec', 'providers', 'scheduler']);
    expect(form.sections[0]!.fields.map((field) => `${field.path}:${field.kind}`)).toEqual([
      'server.host:string',
      'server.port:number',
      'server.trust_proxy:boolean',
      'server.cors_origins:list',
    ]);
    expect(form.sections[2]!.fields).toEqual([
      { kind: 'string', path: 'providers.anthropic.api_key', secret: true },
      { kind: 'number', path: 'providers.anthropic.limits.rpm' },
    ]);
    expect(form.values['exec.allowlist']).toBe('git');
    expect(form.values['scheduler.providers']).toBe('{}');
  });

  it('builds the configuration back from what was typed, secrets left as the placeholder', () => {
    const form = configForm(config);
    const fields = form.sections.flatMap((section) => section.fields);
    const built = buildConfig(config, fields, {
      ...form.values,
      'server.port': '8080',
      'server.trust_proxy': true,
      'exec.allowlist': 'git\n\n  gh  ',
      'scheduler.providers': '{"openai":{"rpm":5}}',
    });
    expect(built).toEqual({
      ok: true,
      config: {
        server: { host: '127.0.0.1', port: 8080, trust_proxy: true, cors_origins: [] },
        exec: { allowlist: ['git', 'gh'] },
        providers: { anthropic: { api_key: '[redacted]', limits: { rpm: 50 } } },
        scheduler: { providers: { openai: { rpm: 5 } } },
      },
    });
    expect(config.server.port).toBe(4200);
  });

  it('names the fields it cannot read instead of sending them', () => {
    const form = configForm(config);
    const fields = form.sections.flatMap((section) => section.fields);
    expect(buildConfig(config, fields, { ...form.values, 'server.port': 'http', 'scheduler.providers': '{' })).toEqual({
      ok: false,
      issues: [
        { path: 'server.port', message: 'expected a number' },
        { path: 'scheduler.providers', message: 'expected JSON, e.g. {} or []' },
      ],
    });
  });

  it("reads the server's issues from the error details", () => {
    expect(
      issuesFrom({ source: 'request body', issues: [{ path: 'server.port', message: 'expected integer 1–65535' }] }),
    ).toEqual([{ path: 'server.port', message: 'expected integer 1–65535' }]);
    expect(issuesFrom({ where: 'body', issues: [{ path: 'config.x', message: 'bad' }] })).toEqual([
      { path: 'x', message: 'bad' },
    ]);
    expect(issuesFrom(undefined)).toEqual([]);
  });
});
