// Agent runs on pi-ai's faux provider (no HTTP): compaction near the context window, budgets and
// the supervisor hand-off. The fake-server integration tests live in test/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  fauxAssistantMessage,
  fauxProvider,
  fauxText,
  fauxToolCall,
  type FauxResponseFactory,
  type FauxProviderHandle,
} from '@earendil-works/pi-ai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccessFixture, type AccessFixture } from '../../access/test-setup.js';
import { parseConfig } from '../../config/parse-config.js';
import { createContextManager, type ContextManager } from '../../context/context-manager.js';
import { createAgentRunRepository } from '../../store/repositories/agent-run-repository.js';
import { createUsageRepository } from '../../store/repositories/usage-repository.js';
import { createSupervisor } from '../../supervisor/create-supervisor.js';
import { createLlmEngine } from '../llm/create-llm-engine.js';
import type { AgentRuntimeEvent } from './agent-runtime-event.js';
import { createAgentRuntime } from './create-agent-runtime.js';
import type { AgentRuntime } from './types.js';

let fixture: AccessFixture;
let faux: FauxProviderHandle;
let context: ContextManager;
let runtime: AgentRuntime;
let events: AgentRuntimeEvent[];
let workspace: string;

const seed = { id: 'seed_1', goal: 'Write four files.', constraints: [], acceptanceCriteria: [] };

beforeEach(() => {
  fixture = createAccessFixture();
  workspace = join(fixture.root, 'ws');
  mkdirSync(workspace);
  fixture.access.createPermissions('a1', { owner: 'user:ann', by: 'system' })._unsafeUnwrap();
  faux = fauxProvider({
    provider: 'faux',
    models: [{ id: 'small', contextWindow: 4_000, maxTokens: 1_000 }],
    tokenSize: { min: 64, max: 64 },
  });
  const config = parseConfig('', 'test')._unsafeUnwrap();
  const usage = createUsageRepository(fixture.store);
  context = createContextManager({ store: fixture.store, activeLimitTokens: 100_000, cacheLimitEntries: 50 });
  events = [];
  runtime = createAgentRuntime({
    engine: createLlmEngine({
      config: { ...config.llm, default_model: 'faux/small' },
      env: {},
      providers: [faux.provider],
      recordUsage: (record) => {
        usage.record(record);
      },
    }),
    config,
    access: fixture.access,
    usage,
    runs: createAgentRunRepository(fixture.store),
    bus: { publish: (event: AgentRuntimeEvent) => events.push(event) },
    context,
  });
});
afterEach(() => {
  fixture.dispose();
});

const isSummaryRequest: (context: Parameters<FauxResponseFactory>[0]) => boolean = (transcript) =>
  JSON.stringify(transcript.messages[0]).includes('You compress an agent transcript');

describe('agent runs on the faux provider', () => {
  it('compacts the transcript through the context manager as it nears the window, then finishes', async () => {
    let writes = 0;
    let sawSummary = false;
    const step: FauxResponseFactory = (transcript) => {
      if (isSummaryRequest(transcript)) return fauxAssistantMessage('Wrote files 1 and 2 so far.');
      sawSummary ||= JSON.stringify(transcript.messages).includes('[Summary of the earlier work');
      writes += 1;
      if (writes > 4) return fauxAssistantMessage('All four written.');
      return fauxAssistantMessage(
        [fauxText(`File ${writes}.`), fauxToolCall('write', { path: `f${writes}.txt`, content: 'x'.repeat(3_000) })],
        { stopReason: 'toolUse' },
      );
    };
    faux.setResponses(Array.from({ length: 8 }, () => step));
    const run = (await runtime.run({ agentId: 'a1', sessionId: 's1', seed, workspaceRoot: workspace }))._unsafeUnwrap();
    expect(run.text).toBe('All four written.');
    const compacted = events.filter((event) => event.type === 'agent-context-compacted');
    expect(compacted.length).toBeGreaterThanOrEqual(1);
    expect(sawSummary).toBe(true);
    expect(run.messages.filter((message) => message.role === 'toolResult')).toHaveLength(4);
    expect(context.stats()._unsafeUnwrap()).toMatchObject({ compactions: compacted.length });
    expect(context.stats()._unsafeUnwrap().archivedEntries).toBeGreaterThan(0);
  });

  it("runs as the supervisor's agent run", async () => {
    const supervisor = createSupervisor({ store: fixture.store })._unsafeUnwrap();
    const agent = supervisor.fork({ seed, sessionId: 's1' })._unsafeUnwrap();
    fixture.access.createPermissions(agent.id, { owner: 'user:ann', by: 'system' })._unsafeUnwrap();
    faux.setResponses([fauxAssistantMessage('Done.')]);
    const exit = await supervisor.exec(agent.id, runtime.forAgent({ seed, workspaceRoot: workspace }))._unsafeUnwrap()
      .done;
    expect(exit).toMatchObject({ status: 'idle', value: { text: 'Done.', agentId: agent.id, sessionId: 's1' } });
    supervisor.close();
  });

  it('stops when the supervisor kills the agent mid-stream', async () => {
    const slow = fauxProvider({ provider: 'slow', tokensPerSecond: 20, tokenSize: { min: 1, max: 1 } });
    const engine = createLlmEngine({
      config: { ...parseConfig('', 'test')._unsafeUnwrap().llm, default_model: 'slow/faux-1' },
      env: {},
      providers: [slow.provider],
    });
    const config = parseConfig('', 'test')._unsafeUnwrap();
    const slowRuntime = createAgentRuntime({
      engine,
      config,
      access: fixture.access,
      usage: createUsageRepository(fixture.store),
      runs: createAgentRunRepository(fixture.store),
    });
    slow.setResponses([fauxAssistantMessage('a long reply that streams one token at a time')]);
    const supervisor = createSupervisor({ store: fixture.store })._unsafeUnwrap();
    const agent = supervisor.fork({ seed, sessionId: 's1' })._unsafeUnwrap();
    fixture.access.createPermissions(agent.id, { owner: 'user:ann', by: 'system' })._unsafeUnwrap();
    const execution = supervisor
      .exec(agent.id, slowRuntime.forAgent({ seed, workspaceRoot: workspace }))
      ._unsafeUnwrap();
    await new Promise((resolve) => setTimeout(resolve, 100));
    supervisor.kill(agent.id, 'user stop')._unsafeUnwrap();
    expect(await execution.done).toMatchObject({ status: 'stopped' });
    // The run itself stopped too (it was not left streaming): its record says aborted.
    const status = () =>
      (
        fixture.store.statement('SELECT status FROM agent_runs WHERE agent_id = ?').get(agent.id) as
          { status: string } | undefined
      )?.status;
    for (let waited = 0; status() === undefined && waited < 2_000; waited += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(status()).toBe('aborted');
    supervisor.close();
  });
});
