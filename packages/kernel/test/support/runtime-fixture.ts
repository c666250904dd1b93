// A real kernel-side setup for agent runs: a store and an access manager in a temp OXIOS_HOME, a
// workspace, the LLM engine pointed at a fake server, the host-exec bridge, and the runtime.
import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeLlm } from '@oxios/testkit';
import {
  createAccessManager,
  createAgentRunRepository,
  createBufferedUsageRepository,
  createAgentRuntime,
  createEventBus,
  createHostExec,
  createLlmEngine,
  createUsageRepository,
  openStore,
  parseConfig,
  type AccessManager,
  type AccessSection,
  type AgentRuntime,
  type AgentRunRepository,
  type EventBus,
  type KernelEvent,
  type LlmEngine,
  type OxiosConfig,
  type Store,
  type UsageRepository,
} from '../../src/index.js';
import { FAKE_ENV, fakeLlmSection } from './llm-fixtures.js';

/** Everything a runtime test touches; `dispose()` removes it. */
export interface RuntimeFixture {
  readonly root: string;
  readonly workspace: string;
  readonly store: Store;
  readonly access: AccessManager;
  readonly engine: LlmEngine;
  readonly runtime: AgentRuntime;
  readonly usage: UsageRepository;
  readonly runs: AgentRunRepository;
  readonly bus: EventBus<KernelEvent>;
  /** Every event published, in order. */
  readonly events: KernelEvent[];
  /** Creates an agent's permissions (owner `user:ann`: role `user`, or `superuser` for host commands). */
  addAgent(
    agentId: string,
    overrides?: Parameters<AccessManager['createPermissions']>[1]['overrides'],
    role?: 'user' | 'superuser',
  ): void;
  dispose(): void;
}

/** Options of {@link createRuntimeFixture}. */
export interface RuntimeFixtureOptions {
  readonly llm?: Partial<OxiosConfig['llm']>;
  readonly access?: Partial<AccessSection>;
  /** Host commands the host-exec bridge allows; none means no host_exec tool. */
  readonly hostAllowlist?: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
}

/** Builds a runtime fixture around a running fake LLM server. */
export function createRuntimeFixture(fake: FakeLlm, options: RuntimeFixtureOptions = {}): RuntimeFixture {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'oxios-runtime-')));
  const home = join(root, 'home');
  const workspace = join(root, 'workspace');
  mkdirSync(home);
  mkdirSync(workspace);
  const defaults = parseConfig('', 'test')._unsafeUnwrap();
  const config: OxiosConfig = {
    ...defaults,
    home,
    configPath: join(home, 'config.toml'),
    llm: fakeLlmSection(fake, options.llm),
    access: { ...defaults.access, ...options.access },
    exec: { ...defaults.exec, allowlist: [...(options.hostAllowlist ?? [])] },
  };
  const store = openStore({ home })._unsafeUnwrap();
  const events: KernelEvent[] = [];
  const bus = createEventBus<KernelEvent>({ history: 0 });
  const sink = {
    publish: (event: KernelEvent) => {
      events.push(event);
      return bus.publish(event);
    },
  };
  const access = createAccessManager({ store, config, events: sink })._unsafeUnwrap();
  const usage = createBufferedUsageRepository(createUsageRepository(store));
  const runs = createAgentRunRepository(store);
  const engine = createLlmEngine({
    config: config.llm,
    env: options.env ?? FAKE_ENV,
    recordUsage: (record) => {
      usage.record(record);
    },
    publish: (event) => sink.publish(event),
  });
  const hostExec =
    options.hostAllowlist === undefined
      ? undefined
      : createHostExec({ allowlist: options.hostAllowlist, defaultTimeoutMs: 30_000, maxOutputBytes: 1 << 20 });
  const runtime = createAgentRuntime({
    engine,
    config,
    access,
    usage,
    runs,
    bus: sink,
    ...(hostExec ? { hostExec } : {}),
  });
  return {
    root,
    workspace,
    store,
    access,
    engine,
    runtime,
    usage,
    runs,
    bus,
    events,
    addAgent(agentId, overrides, role = 'user') {
      if (role !== 'user') access.assignRole('user:ann', role, { by: 'system' })._unsafeUnwrap();
      access
        .createPermissions(agentId, { owner: 'user:ann', by: 'system', ...(overrides ? { overrides } : {}) })
        ._unsafeUnwrap();
    },
    dispose() {
      usage.close();
      access.close();
      store.close();
      bus.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** A seed with one acceptance criterion. */
export const SEED = {
  id: 'seed_test',
  goal: 'Write notes/hello.txt containing "hi there" and check it.',
  constraints: ['Only touch files under notes/'],
  acceptanceCriteria: [{ description: 'notes/hello.txt contains "hi there"', expectedArtifacts: ['notes/hello.txt'] }],
};
