// `oxios mcp serve` and `oxios mcp list` as real processes: an MCP host (the SDK's Client over
// StdioClientTransport) spawns the built CLI on a temp OXIOS_HOME whose LLM is the fake server.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import {
  helloModel,
  createTempHome,
  fakeMcpServerPath,
  startFakeLlm,
  type FakeLlm,
  type FakeLlmReply,
  type FakeLlmRequest,
  type TempHome,
} from '@oxios/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OXIOS_BIN, oxios } from './support/oxios.js';

// A model that finds every request clear, writes a hello.txt seed, and as the agent writes it.
function respond(request: FakeLlmRequest): FakeLlmReply {
  return helloModel(request);
}

let home: TempHome;
let fake: FakeLlm;
const hosts: Client[] = [];

/** config.toml: the fake LLM, host sandboxes, users without an assigned role have none. */
function writeConfig(extra = ''): void {
  const toml = [
    '[llm]',
    'default_model = "fake/claude-sonnet-4-5"',
    '[llm.providers.fake]',
    'kind = "anthropic"',
    `base_url = "${fake.anthropicBaseUrl}"`,
    'api_key_env = "FAKE_LLM_KEY"',
    '[container]',
    'backend = "host"',
    'allow_host = true',
    '[access]',
    'default_role = "none"',
    extra,
  ].join('\n');
  writeFileSync(join(home.path, 'config.toml'), `${toml}\n`);
}

beforeEach(async () => {
  home = await createTempHome();
  fake = await startFakeLlm({ responder: respond });
  writeConfig();
});
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
  await fake.close();
  await home.remove();
});

/** Spawns `oxios mcp serve …args` as an MCP host would, and connects to it. */
async function connect(args: readonly string[] = []): Promise<{ client: Client; stderr: () => string }> {
  const env: Record<string, string> = { FAKE_LLM_KEY: 'sk-fake', NO_COLOR: '1' };
  for (const [key, value] of Object.entries(home.env)) if (value !== undefined) env[key] ??= value;
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [OXIOS_BIN, 'mcp', 'serve', ...args],
    env,
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const client = new Client({ name: 'test-host', version: '1.0.0' });
  await client.connect(transport, { timeout: 60_000 });
  hosts.push(client);
  return { client, stderr: () => stderr };
}

const call = async (client: Client, name: string, args: Record<string, unknown> = {}) =>
  (await client.callTool({ name, arguments: args }, undefined, { timeout: 120_000 })) as CallToolResult;

const textsOf = (result: CallToolResult) => result.content.flatMap((part) => (part.type === 'text' ? [part.text] : []));

describe('oxios mcp serve', () => {
  it('runs a task through the Ouroboros loop for an MCP host, to a passed result', async () => {
    const { client } = await connect();
    expect(client.getServerVersion()).toMatchObject({ name: 'oxios' });
    const tools = (await client.listTools()).tools.map((tool) => tool.name);
    expect(tools).toEqual(expect.arrayContaining(['run_task', 'list_sessions', 'read_seed', 'list_programs']));

    const result = await call(client, 'run_task', { text: 'write hello.txt that says hello' });
    expect(result.isError).not.toBe(true);
    const reply = JSON.parse(textsOf(result).at(-1) ?? '{}') as Record<string, unknown>;
    expect(reply).toMatchObject({ kind: 'result', outcome: 'passed', criteria: [{ verdict: 'pass' }] });

    // The session is the configured user's (admin by default) and readable through the server.
    const sessions = JSON.parse(textsOf(await call(client, 'list_sessions')).at(-1) ?? '{}') as {
      items: { id: string; userId: string; status: string }[];
    };
    expect(sessions.items).toEqual([
      expect.objectContaining({ id: reply.sessionId, userId: 'admin', status: 'completed' }),
    ]);
  }, 180_000);

  it('refuses a user without rights, and runs nothing', async () => {
    const { client } = await connect(['--user', 'mallory']);
    const result = await call(client, 'run_task', { text: 'write hello.txt that says hello' });
    expect(result.isError).toBe(true);
    expect(textsOf(result)[0]).toMatch(/^Error \(permission-denied\): user:mallory may not/);
    expect((await call(client, 'list_sessions')).isError).toBe(true);
    expect(fake.requests).toHaveLength(0);
  }, 120_000);

  it('refuses to serve through a remote server, without writing to stdout', async () => {
    const result = await oxios({ ...home.env, OXIOS_SERVER: 'http://127.0.0.1:9' }, ['mcp', 'serve']);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('error[unavailable]');
  });
});

describe('oxios mcp list', () => {
  it('shows configured MCP servers with their state and tools', async () => {
    writeConfig(
      [
        '[mcp.servers.fake]',
        `command = ${JSON.stringify(process.execPath)}`,
        `args = [${JSON.stringify(fakeMcpServerPath())}]`,
        '[mcp.servers.broken]',
        `command = ${JSON.stringify(process.execPath)}`,
        'args = ["-e", "process.exit(3)"]',
        'enabled = false',
      ].join('\n'),
    );
    const result = await oxios(home.env, ['mcp', 'list', '--json', '--wait', '60']);
    expect(result.exitCode).toBe(0);
    const listed = JSON.parse(result.stdout) as { items: { name: string; state: string; tools: string[] }[] };
    const byName = new Map(listed.items.map((server) => [server.name, server]));
    expect(byName.get('fake')).toMatchObject({ state: 'ready', tools: expect.arrayContaining(['echo', 'add']) });
    expect(byName.get('broken')).toMatchObject({ state: 'disabled', tools: [] });

    const human = await oxios(home.env, ['mcp', 'list', '--wait', '60']);
    expect(human.stdout).toMatch(/^NAME\s+SOURCE\s+STATE/);
    expect(human.stdout).toMatch(/fake\s+config\s+ready/);
  }, 120_000);

  it('says so when there are none', async () => {
    const result = await oxios(home.env, ['mcp', 'list']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('No MCP servers.');
  });
});
