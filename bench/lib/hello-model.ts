// A scripted model for the fake LLM server (loaded with `--responder` in its own process): every
// request is clear, the seed asks for hello.txt, the agent writes it, the judge approves. Each
// reply waits BENCH_LLM_LATENCY_MS (default 0) before its headers, like a provider's latency.
// Everything goes over the real Anthropic wire protocol.
import { helloModel, type FakeLlmReply, type FakeLlmRequest } from '@oxios/testkit';

const latencyMs = Number(process.env.BENCH_LLM_LATENCY_MS ?? '0');

/** The responder: the scripted answer, sent after the configured latency. */
export default function respond(request: FakeLlmRequest): FakeLlmReply {
  const reply = helloModel(request);
  return latencyMs > 0 ? { ...reply, delayMs: latencyMs } : reply;
}
