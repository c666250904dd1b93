import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccessFixture, type AccessFixture } from '../../access/test-setup.js';
import { createHostExec } from '../../exec/create-host-exec.js';
import { createMemoryFixture, type MemoryFixture } from '../../memory/memory-test-fixture.js';
import { ProgramToolSchema } from '../../programs/program-manifest.js';
import { createToolDescriptor } from '../../programs/tools/tool-descriptor.js';
import { createMemoryRuntimeTools } from './memory-runtime-tools.js';
import { createProgramRuntimeTools } from './program-runtime-tools.js';
import { toAgentTool } from './to-agent-tool.js';
import type { ToolContext } from './types.js';

let access: AccessFixture;
let context: ToolContext;

beforeEach(() => {
  access = createAccessFixture({ access: { require_approval: [] } });
  const workspace = join(access.root, 'ws');
  mkdirSync(workspace);
  // host_exec and program tools are beyond the user role: ann is a superuser here.
  access.access.assignRole('user:ann', 'superuser', { by: 'system' })._unsafeUnwrap();
  access.access.createPermissions('a1', { owner: 'user:ann', by: 'system' })._unsafeUnwrap();
  context = {
    subject: 'agent:a1',
    audit: { sessionId: 's1', agentId: 'a1' },
    workspaceRoot: workspace,
    access: access.access,
    userId: 'ann',
    sandbox: undefined,
    signal: new AbortController().signal,
  };
});
afterEach(() => {
  access.dispose();
});

describe('memory tools', () => {
  let memory: MemoryFixture;
  beforeEach(async () => {
    memory = await createMemoryFixture();
  });
  afterEach(async () => {
    await memory[Symbol.asyncDispose]();
  });

  it('write and search notes in the memory of the user the agent acts for', async () => {
    const [write, search] = createMemoryRuntimeTools(memory.memory);
    const written = await write!.execute(
      { kind: 'fact', title: 'Deploys', content: 'Deploys go out on Fridays.' },
      context,
    );
    expect(JSON.parse(written._unsafeUnwrap().text)).toMatchObject({ kind: 'fact', title: 'Deploys' });
    const found = await search!.execute({ query: 'fridays' }, context);
    expect(JSON.parse(found._unsafeUnwrap().text)).toEqual([expect.objectContaining({ title: 'Deploys' })]);
    const other = await search!.execute({ query: 'fridays' }, { ...context, userId: 'bob' });
    expect(JSON.parse(other._unsafeUnwrap().text)).toEqual([]);
  });

  it('are refused without a user', async () => {
    const [, search] = createMemoryRuntimeTools(memory.memory);
    const error = (await search!.execute({ query: 'x' }, { ...context, userId: undefined }))._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 'unavailable', service: 'memory' });
  });
});

describe('program tools', () => {
  const definition = ProgramToolSchema.parse({
    description: 'Greet someone',
    command: ['echo', 'hello', '{name}'],
    arguments: [{ name: 'name', description: 'Who' }],
  });

  it('run a host binary through the bridge under their program.<p>.<t> access name', async () => {
    const descriptor = createToolDescriptor('demo', 'greet', definition, access.root);
    const hostExec = createHostExec({ allowlist: ['echo'], defaultTimeoutMs: 10_000, maxOutputBytes: 1 << 16 });
    const [tool] = createProgramRuntimeTools([descriptor], { hostExec });
    expect(tool).toMatchObject({ name: 'program_demo_greet', accessName: 'program.demo.greet' });
    const adapted = toAgentTool(tool!, context, { maxOutputBytes: 4_096, runSignal: new AbortController().signal });
    const result = await adapted.execute('call-1', { name: 'ann' });
    expect(result.content[0]).toMatchObject({
      type: 'text',
      text: expect.stringMatching(/\[stdout\]\nhello ann$/) as string,
    });
    const audited = access.access.audit.query({ subject: 'agent:a1', action: 'use-tool' })._unsafeUnwrap().items;
    expect(audited).toEqual([expect.objectContaining({ resource: 'program.demo.greet', allowed: true })]);
  });

  it("refuse arguments the program's schema refuses", async () => {
    const descriptor = createToolDescriptor('demo', 'greet', definition, access.root);
    const [tool] = createProgramRuntimeTools([descriptor], { hostExec: undefined });
    expect((await tool!.execute({}, context))._unsafeUnwrapErr()).toMatchObject({ code: 'invalid-argument' });
  });
});
