// Agents and MCP tools end to end: a whole kernel, the real pi-ai provider code against the fake
// LLM server, the real access manager, and a real stdio MCP server process.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTempHome, startFakeLlm, type FakeLlm, type TempHome } from '@oxios/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Kernel } from '../src/index.js';
import { testKernel } from './support/kernel-fixture.js';
import { fakeMcpServerToml } from './support/mcp-fixtures.js';
import { SEED } from './support/runtime-fixture.js';

let home: TempHome;
let fake: FakeLlm;
let kernel: Kernel;
let callLog: string;

beforeEach(async () => {
  home = await createTempHome();
  fake = await startFakeLlm();
  callLog = join(home.path, 'mcp-calls.jsonl');
  kernel = testKernel(home.path, fake, fakeMcpServerToml('fake', { FAKE_MCP_CALL_LOG: callLog }));
});
afterEach(async () => {
  await kernel.close();
  await fake.close();
  await home.remove();
});

/** Runs agent `agentId` for `user` (with `role`) in a fresh session. */
async function runAgentFor(user: string, agentId: string, role?: 'superuser') {
  if (role) kernel.access.assignRole(`user:${user}`, role, { by: 'system' })._unsafeUnwrap();
  kernel.access.createPermissions(agentId, { owner: `user:${user}`, by: 'system' })._unsafeUnwrap();
  const sessionId = kernel.sessions.create({ userId: user })._unsafeUnwrap().id;
  const workspaceRoot = join(home.path, 'work', agentId);
  mkdirSync(workspaceRoot, { recursive: true });
  return kernel.runtime.run({ agentId, sessionId, seed: SEED, workspaceRoot, userId: user });
}

describe('MCP tools for agents', () => {
  it('an agent calls a tool of a real stdio MCP server as mcp_<server>_<tool> and reads its result', async () => {
    fake.push(
      { toolCalls: [{ name: 'mcp_fake_echo', arguments: { text: 'from the agent' } }] },
      { text: 'The server said: echo: from the agent' },
    );
    const run = (await runAgentFor('ann', 'agent-mcp', 'superuser'))._unsafeUnwrap();
    expect(run.text).toBe('The server said: echo: from the agent');
    const offered = fake.requests[0]?.tools.find((tool) => tool.name === 'mcp_fake_echo');
    expect(offered).toMatchObject({ description: 'Repeats the text it is given.' });
    expect(offered?.parameters).toMatchObject({ type: 'object', properties: { text: { type: 'string' } } });
    expect(fake.requests[1]?.messages.at(-1)).toMatchObject({ role: 'tool', text: 'echo: from the agent' });
    expect(readFileSync(callLog, 'utf8')).toBe('{"tool":"echo","arguments":{"text":"from the agent"}}\n');
    const audit = kernel.access.audit.query({ subject: 'agent:agent-mcp', action: 'use-tool' })._unsafeUnwrap();
    expect(audit.items).toEqual([expect.objectContaining({ resource: 'mcp.fake.echo', allowed: true })]);
  });

  it('a denied MCP tool never reaches the server, and the denial is audited', async () => {
    fake.push(
      { toolCalls: [{ name: 'mcp_fake_echo', arguments: { text: 'let me in' } }] },
      { text: 'I may not use that tool.' },
    );
    const run = (await runAgentFor('bob', 'agent-denied'))._unsafeUnwrap();
    expect(run.text).toBe('I may not use that tool.');
    const result = fake.requests[1]?.messages.at(-1);
    expect(result).toMatchObject({ role: 'tool' });
    expect(result?.text).toContain('Error (permission-denied)');
    expect(existsSync(callLog)).toBe(false);
    const denied = kernel.access.audit.query({ subject: 'agent:agent-denied', allowed: false })._unsafeUnwrap();
    expect(denied.items).toEqual([
      expect.objectContaining({ action: 'use-tool', resource: 'mcp.fake.echo', rule: 'not-allowed:role:user' }),
    ]);
  });

  it("a tool's own failure reaches the model as an error result", async () => {
    fake.push({ toolCalls: [{ name: 'mcp_fake_fail', arguments: {} }] }, { text: 'It failed.' });
    (await runAgentFor('ann', 'agent-fail', 'superuser'))._unsafeUnwrap();
    expect(fake.requests[1]?.messages.at(-1)).toMatchObject({
      role: 'tool',
      text: 'this tool always fails',
      isError: true,
    });
  });
});
