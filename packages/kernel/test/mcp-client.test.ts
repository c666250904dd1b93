// The MCP client against a real stdio MCP server process (the testkit's, written with the SDK).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMcpManager, parseConfig, type McpManager, type McpEvent } from '../src/index.js';
import { fakeMcpServerToml, isAlive, recordingLogger, waitUntil } from './support/mcp-fixtures.js';

let home: string;
let manager: McpManager | undefined;

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'oxios-mcp-'));
});
afterEach(async () => {
  await manager?.close();
  manager = undefined;
  rmSync(home, { recursive: true, force: true });
});

function start(toml: string, options: { hostEnv?: Record<string, string>; events?: McpEvent[]; mcp?: string } = {}) {
  const logger = recordingLogger();
  const file = parseConfig(
    `[mcp]\nreconnect_base_delay_ms = 20\n${options.mcp ?? ''}\n${toml}`,
    'test.toml',
  )._unsafeUnwrap();
  manager = createMcpManager({
    config: { ...file, home },
    logger,
    hostEnv: options.hostEnv ?? {},
    bus: { publish: (event) => options.events?.push(event) },
  });
  return { manager, logger };
}

const pidOf = (mcp: McpManager, name: string) => mcp.servers().find((server) => server.name === name)?.pid ?? null;

describe('the MCP client over stdio', () => {
  it('spawns nothing until started, then lists the tools as mcp.<server>.<tool> and calls one', async () => {
    const { manager: mcp } = start(fakeMcpServerToml('fake'));
    expect(mcp.servers()).toEqual([expect.objectContaining({ name: 'fake', state: 'stopped', pid: null })]);
    await mcp.ready();
    const [status] = mcp.servers();
    expect(status).toMatchObject({ state: 'ready', source: { kind: 'config' }, restarts: 0 });
    expect(mcp.tools().map((tool) => tool.accessName)).toEqual([
      'mcp.fake.echo',
      'mcp.fake.add',
      'mcp.fake.whoami',
      'mcp.fake.sleep',
      'mcp.fake.fail',
    ]);
    expect(mcp.tools()[0]?.inputSchema).toMatchObject({ type: 'object', required: ['text'] });
    expect((await mcp.callTool('fake', 'echo', { text: 'hi' }))._unsafeUnwrap()).toEqual({
      text: 'echo: hi',
      isError: false,
    });
    expect((await mcp.callTool('fake', 'add', { a: 2, b: 3 }))._unsafeUnwrap().text).toBe('5');
  });

  it('gives the server exactly its configured and inherited variables, never the rest of the host environment', async () => {
    const { manager: mcp } = start(fakeMcpServerToml('fake', { API_TOKEN: 'tok-123456' }, 'inherit_env = ["LANG"]'), {
      hostEnv: { LANG: 'C.UTF-8', PATH: '/usr/bin', AWS_SECRET_ACCESS_KEY: 'host-secret', OXIOS_TOKEN: 'oxios-secret' },
    });
    const reply = (await mcp.callTool('fake', 'whoami', {}))._unsafeUnwrap();
    const { env } = JSON.parse(reply.text) as { env: Record<string, string> };
    expect(env).toEqual({ API_TOKEN: 'tok-123456', LANG: 'C.UTF-8' });
  });

  it('refuses variables that make programs load code even when a program lists them', async () => {
    const { manager: mcp } = start(fakeMcpServerToml('fake', {}, 'inherit_env = ["PATH"]'), {
      hostEnv: { PATH: '/usr/bin', LD_PRELOAD: '/tmp/evil.so' },
    });
    const { env } = JSON.parse((await mcp.callTool('fake', 'whoami', {}))._unsafeUnwrap().text) as {
      env: Record<string, string>;
    };
    expect(env).toEqual({ PATH: '/usr/bin' });
    expect(() => parseConfig(fakeMcpServerToml('bad', { NODE_OPTIONS: '--require x' }), 't')._unsafeUnwrap()).toThrow();
  });

  it('logs the server stderr with its env values redacted', async () => {
    const secret = 'ghp_supersecret_value';
    const { manager: mcp, logger } = start(
      fakeMcpServerToml('fake', { GITHUB_TOKEN: secret, FAKE_MCP_STDERR: 'my token is $GITHUB_TOKEN' }),
    );
    await mcp.ready();
    await waitUntil(() => logger.records.some((record) => String(record.fields.stderr).includes('my token is')));
    const lines = logger.records.filter((record) => record.fields.stderr !== undefined);
    expect(lines.map((record) => record.fields.stderr)).toContain('my token is [redacted]');
    expect(lines.some((record) => String(record.fields.stderr).startsWith('fake-mcp-server ready'))).toBe(true);
    expect(JSON.stringify(logger.records)).not.toContain(secret);
    expect(lines[0]?.fields).toMatchObject({ component: 'mcp', server: 'fake' });
  });

  it('reconnects a killed server with backoff, and its tools work again', async () => {
    const events: McpEvent[] = [];
    const { manager: mcp } = start(fakeMcpServerToml('fake'), { events });
    await mcp.ready();
    const first = pidOf(mcp, 'fake');
    expect(first).not.toBeNull();
    process.kill(first ?? 0, 'SIGKILL');
    await waitUntil(() => mcp.servers()[0]?.state === 'ready' && pidOf(mcp, 'fake') !== first, 10_000, 'reconnect');
    expect(mcp.servers()[0]).toMatchObject({ restarts: 1, lastError: null });
    expect(events.map((event) => event.state)).toEqual(['connecting', 'ready', 'reconnecting', 'ready']);
    expect(events[2]).toMatchObject({ reason: 'the server exited' });
    expect((await mcp.callTool('fake', 'echo', { text: 'again' }))._unsafeUnwrap().text).toBe('echo: again');
  });

  it('a call made while the server restarts waits for it', async () => {
    const { manager: mcp } = start(fakeMcpServerToml('fake'));
    await mcp.ready();
    process.kill(pidOf(mcp, 'fake') ?? 0, 'SIGKILL');
    await waitUntil(() => mcp.servers()[0]?.state !== 'ready');
    expect((await mcp.callTool('fake', 'echo', { text: 'waited' }))._unsafeUnwrap().text).toBe('echo: waited');
  });

  it('cancels a call at its timeout and keeps the server usable', async () => {
    const { manager: mcp } = start(fakeMcpServerToml('fake', {}, 'call_timeout_secs = 1'));
    // Connected first: on a busy machine the start alone can take longer than the 1 s call timeout.
    await mcp.ready();
    const slow = await mcp.callTool('fake', 'sleep', { ms: 10_000 });
    expect(slow._unsafeUnwrapErr()).toMatchObject({ code: 'timeout', timeoutMs: 1000 });
    const quick = await mcp.callTool('fake', 'sleep', { ms: 10 }, { timeoutMs: 5_000 });
    expect(quick._unsafeUnwrap().text).toBe('slept 10 ms');
  });

  it('stops a call when its signal aborts', async () => {
    const { manager: mcp } = start(fakeMcpServerToml('fake'));
    await mcp.ready();
    const controller = new AbortController();
    setTimeout(() => {
      controller.abort();
    }, 100);
    const result = await mcp.callTool('fake', 'sleep', { ms: 10_000 }, { signal: controller.signal });
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'aborted' });
  });

  it("returns a tool's own failure as an error result, and refuses unknown tools and servers", async () => {
    const { manager: mcp } = start(fakeMcpServerToml('fake'));
    expect((await mcp.callTool('fake', 'fail', {}))._unsafeUnwrap()).toEqual({
      text: 'this tool always fails',
      isError: true,
    });
    expect((await mcp.callTool('fake', 'nope', {}))._unsafeUnwrapErr()).toMatchObject({ code: 'not-found' });
    expect((await mcp.callTool('other', 'echo', {}))._unsafeUnwrapErr()).toMatchObject({
      code: 'not-found',
      resource: 'mcp server',
    });
  });

  it('gives up a server whose command cannot start after reconnect_max_attempts, with the reason', async () => {
    const { manager: mcp } = start('[mcp.servers.ghost]\ncommand = "oxios-no-such-mcp-server"', {
      hostEnv: { PATH: '/nonexistent' },
      mcp: 'reconnect_max_attempts = 2',
    });
    mcp.start();
    await waitUntil(() => mcp.servers()[0]?.state === 'failed');
    expect(mcp.servers()[0]?.lastError).toContain('"oxios-no-such-mcp-server" was not found');
    const call = await mcp.callTool('ghost', 'anything', {});
    expect(call._unsafeUnwrapErr()).toMatchObject({ code: 'unavailable', service: 'mcp:ghost' });
  });

  it('kills the server on close and leaves disabled servers alone', async () => {
    const log = join(home, 'calls.jsonl');
    const { manager: mcp } = start(
      `${fakeMcpServerToml('fake', { FAKE_MCP_CALL_LOG: log })}\n${fakeMcpServerToml('off', {}, 'enabled = false')}`,
    );
    await mcp.ready();
    expect(mcp.servers().map((server) => [server.name, server.state])).toEqual([
      ['fake', 'ready'],
      ['off', 'disabled'],
    ]);
    (await mcp.callTool('fake', 'echo', { text: 'x' }))._unsafeUnwrap();
    expect(readFileSync(log, 'utf8')).toBe('{"tool":"echo","arguments":{"text":"x"}}\n');
    const pid = pidOf(mcp, 'fake') ?? 0;
    await mcp.close();
    expect(isAlive(pid)).toBe(false);
    expect(existsSync(log)).toBe(true);
    expect((await mcp.callTool('fake', 'echo', { text: 'y' }))._unsafeUnwrapErr()).toMatchObject({
      code: 'unavailable',
    });
  });
});
