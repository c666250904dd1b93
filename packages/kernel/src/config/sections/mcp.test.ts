import { describe, expect, it } from 'vitest';
import { parseConfig } from '../parse-config.js';

const issues = (toml: string) => {
  const parsed = parseConfig(toml, 'test.toml');
  if (parsed.isOk()) throw new Error('expected the config to be refused');
  return parsed.error.code === 'config-invalid' ? parsed.error.issues : [];
};

describe('[mcp]', () => {
  it('defaults to no servers, serving MCP hosts as the "mcp" user', () => {
    const config = parseConfig('', 'test.toml')._unsafeUnwrap();
    expect(config.mcp).toMatchObject({ serve_as: 'mcp', servers: {}, call_timeout_secs: 60 });
  });

  it('reads a server with its defaults filled in', () => {
    const config = parseConfig(
      '[mcp.servers.github]\ncommand = "github-mcp-server"\nargs = ["stdio"]',
      't',
    )._unsafeUnwrap();
    expect(config.mcp.servers.github).toEqual({
      command: 'github-mcp-server',
      args: ['stdio'],
      env: {},
      inherit_env: ['PATH', 'HOME'],
      enabled: true,
    });
  });

  it('refuses shells, relative paths, dotted server names and code-loading variables, naming the key', () => {
    expect(issues('[mcp.servers.x]\ncommand = "bash"')[0]).toMatchObject({ path: 'mcp.servers.x.command' });
    expect(issues('[mcp.servers.x]\ncommand = "/bin/sh"')[0]?.message).toContain('never allowed');
    expect(issues('[mcp.servers.x]\ncommand = "./server"')[0]?.message).toContain(
      'bare command name or an absolute path',
    );
    expect(issues('[mcp.servers."a.b"]\ncommand = "x"')[0]?.message).toContain('server name');
    expect(issues('[mcp.servers.x]\ncommand = "x"\nenv = { LD_PRELOAD = "/tmp/x.so" }')[0]?.message).toContain(
      'may never be passed',
    );
    expect(issues('[mcp.servers.x]\ncommand = "x"\ninherit_env = ["NODE_OPTIONS"]')[0]?.path).toBe(
      'mcp.servers.x.inherit_env.0',
    );
    expect(issues('[mcp]\nserve_as = "no spaces please"')[0]?.path).toBe('mcp.serve_as');
  });
});
