// Time per agent turn: the Oxios agent runtime (access-checked and audited tool calls, budgets,
// usage in SQLite, events on the bus) against a bare pi-agent-core Agent, both on pi-ai's faux
// provider with one trivial tool, measured in the same run. A turn is one LLM call plus its tool.
import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, type AgentTool } from '@earendil-works/pi-agent-core';
import {
  createModels,
  fauxAssistantMessage,
  fauxProvider,
  fauxToolCall,
  type AssistantMessage,
} from '@earendil-works/pi-ai';
import {
  buildSystemPrompt,
  buildTaskPrompt,
  createAccessManager,
  createAgentRunRepository,
  createAgentRuntime,
  createBufferedUsageRepository,
  createEventBus,
  createLlmEngine,
  createUsageRepository,
  defineTool,
  openStore,
  parseConfig,
  type KernelEvent,
} from '@oxios/kernel';
import { okAsync } from 'neverthrow';
import { z } from 'zod';
import { report, timeWithCpu, verdict, type WallAndCpu } from '../lib/measure.ts';

const TOOL_TURNS = 10;
const TURNS = TOOL_TURNS + 1;
const SAMPLES = 150;

function script(): AssistantMessage[] {
  const steps = Array.from({ length: TOOL_TURNS }, (_, index) =>
    fauxAssistantMessage([fauxToolCall('echo', { text: `ping ${index}` })], { stopReason: 'toolUse' }),
  );
  return [...steps, fauxAssistantMessage('done')];
}

const faux = fauxProvider({ provider: 'faux', tokenSize: { min: 64, max: 64 } });
const root = realpathSync(mkdtempSync(join(tmpdir(), 'oxios-bench-turn-')));
const home = join(root, 'home');
const workspace = join(root, 'workspace');
mkdirSync(home);
mkdirSync(workspace);
const seed = { id: 'seed_bench', goal: 'Echo ten times.', constraints: [], acceptanceCriteria: [] };
// Both sides send the same system prompt and task, so the faux provider does the same work.
const systemPrompt = buildSystemPrompt({ seed, environment: { workspaceRoot: workspace } });
const task = buildTaskPrompt(seed);

// The baseline: a bare Agent, a new one per run (as Oxios builds one per run).
const models = createModels();
models.setProvider(faux.provider);
const echo: AgentTool = {
  name: 'echo',
  label: 'Echo',
  description: 'Echo the text back.',
  parameters: { type: 'object', properties: { text: { type: 'string' } }, required: ['text'] },
  execute: (_id, params) =>
    Promise.resolve({ content: [{ type: 'text', text: (params as { text: string }).text }], details: {} }),
};
async function rawRun(): Promise<void> {
  faux.setResponses(script());
  const agent = new Agent({
    initialState: { systemPrompt, model: faux.getModel(), tools: [echo] },
    streamFn: models.streamSimple.bind(models),
  });
  await agent.prompt(task);
}

// Oxios: the agent runtime over a real store, access manager and event bus in a temp OXIOS_HOME.
const defaults = parseConfig('', 'bench')._unsafeUnwrap();
const config = {
  ...defaults,
  home,
  configPath: join(home, 'config.toml'),
  llm: { ...defaults.llm, default_model: 'faux/faux-1' },
};
const store = openStore({ home })._unsafeUnwrap();
const bus = createEventBus<KernelEvent>({ history: 0 });
const events = bus.subscribe({ bufferSize: 100_000 });
const access = createAccessManager({ store, config, events: bus })._unsafeUnwrap();
access.assignRole('user:bench', 'admin', { by: 'system' })._unsafeUnwrap();
access.createPermissions('bench-agent', { owner: 'user:bench', by: 'system' })._unsafeUnwrap();
const usage = createBufferedUsageRepository(createUsageRepository(store));
const runtime = createAgentRuntime({
  engine: createLlmEngine({
    config: config.llm,
    env: {},
    providers: [faux.provider],
    publish: (event) => bus.publish(event),
    recordUsage: (record) => {
      usage.record(record);
    },
  }),
  config,
  access,
  usage,
  runs: createAgentRunRepository(store),
  bus,
});
const echoTool = defineTool({
  name: 'echo',
  label: 'Echo',
  description: 'Echo the text back.',
  schema: z.strictObject({ text: z.string() }),
  summarize: (args) => `echo ${args.text}`,
  execute: (args) => okAsync({ text: args.text }),
});
let run = 0;
async function oxiosRun(): Promise<void> {
  faux.setResponses(script());
  run += 1;
  const result = await runtime.run({
    agentId: 'bench-agent',
    // A session per run keeps the session budget out of the way of the measurement.
    sessionId: `bench-${run}`,
    seed,
    workspaceRoot: workspace,
    tools: [echoTool],
    // The same single tool as the baseline (the standard tools' declarations cost pi-agent-core
    // time per request in proportion to their size, whoever runs the Agent).
    toolNames: ['echo'],
  });
  if (result.isErr()) throw new Error(`oxios run failed: ${result.error.message}`);
  if (result.value.turns !== TURNS) throw new Error(`expected ${TURNS} turns, got ${result.value.turns}`);
  while (events.take() !== undefined);
}

// What one tool call's access check costs by itself: the decision plus its audit INSERT (one
// synchronous SQLite commit), which the runtime makes before every tool call.
const CHECKS = 500;
function accessCheck(): void {
  for (let index = 0; index < CHECKS; index += 1) {
    access.checkTool('agent:bench-agent', 'echo', { sessionId: 'bench', agentId: 'bench-agent' })._unsafeUnwrap();
  }
}

// Interleave them so drift (GC, CPU frequency, other load) affects all alike. Wall time is the
// goal's measure; CPU time is printed too because on a loaded machine it is the steadier one.
const raw: WallAndCpu[] = [];
const oxios: WallAndCpu[] = [];
const checks: WallAndCpu[] = [];
for (let round = 0; round < 3; round += 1) {
  raw.push(await timeWithCpu(rawRun, { samples: SAMPLES }));
  oxios.push(await timeWithCpu(oxiosRun, { samples: SAMPLES }));
  checks.push(await timeWithCpu(accessCheck, { samples: 5, warmup: 1 }));
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[1] ?? Number.NaN;
const perTurn = (runs: WallAndCpu[], pick: (run: WallAndCpu) => number) => (median(runs.map(pick)) / TURNS) * 1000;
const wall = (run: WallAndCpu) => run.wall.medianMs;
const cpu = (run: WallAndCpu) => run.cpuMedianMs;
const perCheck = (pick: (run: WallAndCpu) => number) => (median(checks.map(pick)) / CHECKS) * 1000;
const rawTurn = perTurn(raw, wall);
const oxiosTurn = perTurn(oxios, wall);
const rawCpu = perTurn(raw, cpu);
const oxiosCpu = perTurn(oxios, cpu);
const checkPerTurn = (perCheck(wall) * TOOL_TURNS) / TURNS;
const withoutCheck = oxiosTurn - checkPerTurn;
report(`pi-agent-core Agent, faux, 1 tool (baseline)`, `${rawTurn.toFixed(1)} µs/turn (CPU ${rawCpu.toFixed(1)})`);
report(`oxios agent runtime, faux, same tool`, `${oxiosTurn.toFixed(1)} µs/turn (CPU ${oxiosCpu.toFixed(1)})`);
report('oxios / baseline', verdict(oxiosTurn / rawTurn, '≤ 1.5×', oxiosTurn / rawTurn <= 1.5));
report('oxios / baseline, CPU time', `${(oxiosCpu / rawCpu).toFixed(2)}×`);
report(
  '  of which access check + audit INSERT',
  `${checkPerTurn.toFixed(1)} µs/turn (${perCheck(wall).toFixed(1)} µs/call, CPU ${perCheck(cpu).toFixed(1)})`,
);
report(
  '  oxios without the audited check',
  `${withoutCheck.toFixed(1)} µs/turn, ${(withoutCheck / rawTurn).toFixed(2)}× baseline`,
);

events.unsubscribe();
usage.close();
access.close();
store.close();
bus.close();
rmSync(root, { recursive: true, force: true });
