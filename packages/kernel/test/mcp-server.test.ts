// Oxios as an MCP server, in process: the SDK's Client over a linked in-memory transport, a whole
// kernel, and the Ouroboros loop on the fake LLM server (real provider code).
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { createTempHome, startFakeLlm, type FakeLlm, type TempHome } from '@oxios/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOxiosMcpServer, createKernel, type Kernel, type OxiosMcpServer } from '../src/index.js';
import { FAKE_ENV } from './support/llm-fixtures.js';
import { testKernelConfig } from './support/kernel-fixture.js';
import { createBrain } from './support/ouroboros-brain.js';

let home: TempHome;
let fake: FakeLlm;
let kernel: Kernel;
const open: { client: Client; server: OxiosMcpServer }[] = [];

beforeEach(async () => {
  home = await createTempHome();
  fake = await startFakeLlm({ responder: createBrain().respond });
  const config = testKernelConfig(home.path, fake, '[access]\ndefault_role = "none"\n');
  kernel = createKernel(config, { env: FAKE_ENV })._unsafeUnwrap();
  kernel.access.assignRole('user:ann', 'user', { by: 'system' })._unsafeUnwrap();
  kernel.access.assignRole('user:root', 'admin', { by: 'system' })._unsafeUnwrap();
});
afterEach(async () => {
  for (const { client, server } of open.splice(0)) {
    await client.close();
    await server.close();
  }
  await kernel.close();
  await fake.close();
  await home.remove();
});

/** A connected MCP client whose requests act as `user`. */
async function connectAs(user: string): Promise<Client> {
  const server = createOxiosMcpServer(kernel, { user, version: '9.9.9' })._unsafeUnwrap();
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  (await server.connect(serverSide))._unsafeUnwrap();
  const client = new Client({ name: 'test-host', version: '1.0.0' });
  await client.connect(clientSide);
  open.push({ client, server });
  return client;
}

const call = async (client: Client, name: string, args: Record<string, unknown> = {}) =>
  (await client.callTool({ name, arguments: args }, undefined, { timeout: 120_000 })) as CallToolResult;

const textsOf = (result: CallToolResult) => result.content.flatMap((part) => (part.type === 'text' ? [part.text] : []));

/** The JSON part of a successful tool result. */
function jsonOf(result: CallToolResult): unknown {
  expect(result.isError).not.toBe(true);
  return JSON.parse(textsOf(result).at(-1) ?? 'null');
}

describe('the Oxios MCP server', () => {
  it('offers its tools with provider-safe names', async () => {
    const client = await connectAs('ann');
    expect(client.getServerVersion()).toMatchObject({ name: 'oxios', version: '9.9.9' });
    const names = (await client.listTools()).tools.map((tool) => tool.name).sort();
    expect(names).toEqual(['list_programs', 'list_seeds', 'list_sessions', 'read_seed', 'read_session', 'run_task']);
    for (const name of names) expect(name).toMatch(/^[a-zA-Z0-9_-]{1,64}$/);
  });

  it('runs a task through the Ouroboros loop as the user, and lists and reads what it made', async () => {
    const client = await connectAs('ann');
    const reply = jsonOf(await call(client, 'run_task', { text: '[clear] write hello.txt saying hello' })) as {
      kind: string;
      outcome: string;
      sessionId: string;
      seedId: string;
      text: string;
    };
    expect(reply).toMatchObject({ kind: 'result', outcome: 'passed' });
    expect(kernel.sessions.get(reply.sessionId)._unsafeUnwrap()).toMatchObject({ userId: 'ann', status: 'completed' });

    const sessions = jsonOf(await call(client, 'list_sessions')) as { items: { id: string }[] };
    expect(sessions.items.map((session) => session.id)).toEqual([reply.sessionId]);
    const read = jsonOf(await call(client, 'read_session', { session_id: reply.sessionId })) as {
      messages: { role: string }[];
    };
    expect(read.messages.map((message) => message.role)).toEqual(['user', 'assistant']);
    const seeds = jsonOf(await call(client, 'list_seeds', { session_id: reply.sessionId })) as {
      items: { id: string; generation: number }[];
    };
    expect(seeds.items).toEqual([expect.objectContaining({ id: reply.seedId, generation: 1 })]);
    const seed = jsonOf(await call(client, 'read_seed', { seed_id: reply.seedId })) as { seed: { goal: string } };
    expect(seed.seed.goal).toContain('hello.txt');
    const programs = jsonOf(await call(client, 'list_programs')) as { name: string }[];
    expect(programs.map((program) => program.name)).toEqual(
      expect.arrayContaining(['code-review', 'debug', 'refactor', 'deploy']),
    );

    // Another user does not see ann's session or seed; an admin does.
    const bob = await connectAs('bob');
    kernel.access.assignRole('user:bob', 'user', { by: 'system' })._unsafeUnwrap();
    expect((jsonOf(await call(bob, 'list_sessions')) as { items: unknown[] }).items).toEqual([]);
    const hidden = await call(bob, 'read_seed', { seed_id: reply.seedId });
    expect(hidden.isError).toBe(true);
    expect(textsOf(hidden)[0]).toMatch(/^Error \(not-found\)/);
    const root = await connectAs('root');
    expect((jsonOf(await call(root, 'list_sessions')) as { items: unknown[] }).items).toHaveLength(1);
  });

  it('refuses every request of a user without rights, and runs nothing', async () => {
    const client = await connectAs('mallory');
    for (const [name, args] of [
      ['run_task', { text: '[clear] write hello.txt saying hello' }],
      ['list_sessions', {}],
      ['list_programs', {}],
    ] as const) {
      const result = await call(client, name, args);
      expect(result.isError).toBe(true);
      expect(textsOf(result)[0]).toMatch(/^Error \(permission-denied\): user:mallory may not/);
    }
    expect(kernel.sessions.list()._unsafeUnwrap().items).toEqual([]);
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses a user name that is not one', () => {
    expect(createOxiosMcpServer(kernel, { user: '../admin' })._unsafeUnwrapErr()).toMatchObject({
      code: 'invalid-argument',
    });
  });
});
