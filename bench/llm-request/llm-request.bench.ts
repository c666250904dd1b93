// One streamed LLM request through the Oxios engine (retries, idle watchdog, total timeout,
// circuit breaker, usage accounting) against pi-ai alone, both against the same loopback fake
// Anthropic server running in its own process, measured in the same run.
import { createModels, createProvider, type Model } from '@earendil-works/pi-ai';
import { anthropicMessagesApi } from '@earendil-works/pi-ai/api/anthropic-messages.lazy';
import { anthropicProvider } from '@earendil-works/pi-ai/providers/anthropic';
import { createLlmEngine, parseConfig } from '@oxios/kernel';
import { startFakeLlmProcess } from '@oxios/testkit';
import { report, timeWithCpu, verdict, type WallAndCpu } from '../lib/measure.ts';

const SAMPLES = 1_000;
const KEY = 'sk-bench-0123456789';

await using fake = await startFakeLlmProcess({ fallback: { text: 'Hello', usage: { input: 10, output: 5 } } });

// pi-ai alone: a provider aimed at the fake with a fixed key.
const catalog = anthropicProvider()
  .getModels()
  .find((model) => model.id === 'claude-sonnet-4-5');
if (!catalog) throw new Error('pi-ai catalog lacks claude-sonnet-4-5');
const model: Model<'anthropic-messages'> = { ...catalog, provider: 'bench', baseUrl: fake.anthropicBaseUrl };
const models = createModels();
models.setProvider(
  createProvider({
    id: 'bench',
    auth: { apiKey: { name: 'bench', resolve: () => Promise.resolve({ auth: { apiKey: KEY } }) } },
    models: [model],
    api: anthropicMessagesApi(),
  }),
);
const context = { messages: [{ role: 'user' as const, content: 'hi', timestamp: Date.now() }] };

async function drain(stream: AsyncIterable<unknown> & { result(): Promise<{ stopReason: string }> }): Promise<void> {
  for await (const _event of stream);
  const message = await stream.result();
  if (message.stopReason !== 'stop') throw new Error(`unexpected stop reason ${message.stopReason}`);
}

// The engine, configured the way a user would: [llm.providers.bench] with its base URL and key variable.
const toml = `[llm.providers.bench]\nkind = "anthropic"\nbase_url = "${fake.anthropicBaseUrl}"\napi_key_env = "BENCH_KEY"\n`;
const engine = createLlmEngine({ config: parseConfig(toml, 'bench')._unsafeUnwrap().llm, env: { BENCH_KEY: KEY } });
const engineModel = engine.resolveModel('bench/claude-sonnet-4-5')._unsafeUnwrap();

const piAi = () => drain(models.stream(model, context));
const oxios = () => drain(engine.stream(engineModel, context));

const raw: WallAndCpu[] = [];
const ours: WallAndCpu[] = [];
for (let round = 0; round < 3; round += 1) {
  raw.push(await timeWithCpu(piAi, { samples: SAMPLES, warmup: 50 }));
  ours.push(await timeWithCpu(oxios, { samples: SAMPLES, warmup: 50 }));
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[1] ?? Number.NaN;
const baseline = median(raw.map((run) => run.wall.medianMs));
const measured = median(ours.map((run) => run.wall.medianMs));
const baselineCpu = median(raw.map((run) => run.cpuMedianMs));
const measuredCpu = median(ours.map((run) => run.cpuMedianMs));
report(
  'pi-ai stream, anthropic-messages (baseline)',
  `${(baseline * 1000).toFixed(0)} µs/request (CPU ${(baselineCpu * 1000).toFixed(0)})`,
);
report(
  'oxios engine stream, same server',
  `${(measured * 1000).toFixed(0)} µs/request (CPU ${(measuredCpu * 1000).toFixed(0)})`,
);
report('oxios / baseline', verdict(measured / baseline, '≤ 1.2×', measured / baseline <= 1.2));
report('oxios / baseline, CPU time', `${(measuredCpu / baselineCpu).toFixed(2)}×`);
