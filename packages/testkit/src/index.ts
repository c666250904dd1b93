/** @oxios/testkit — helpers for testing Oxios with real files, processes and sockets. */
export { createTempHome, type TempHome } from './temp-home.js';
export { runBin, type BinOptions, type BinResult } from './run-bin.js';
export { startBin, type RunningBin } from './start-bin.js';
export { getFreePort } from './free-port.js';
export { startFakeLlm, FAKE_LLM_CONTROL_PATH, type FakeLlm, type FakeLlmOptions } from './fake-llm/start-fake-llm.js';
export { createFakeLlmClient, type FakeLlmClient } from './fake-llm/create-fake-llm-client.js';
export {
  startFakeLlmProcess,
  type FakeLlmProcess,
  type FakeLlmProcessOptions,
} from './fake-llm/start-fake-llm-process.js';
export { fakeLlmServerPath } from './fake-llm/fake-llm-server-path.js';
export {
  serveFakeLlmFromArgs,
  FAKE_LLM_SERVER_USAGE,
  type ServedFakeLlm,
} from './fake-llm/serve-fake-llm-from-args.js';
export {
  FakeLlmReplySchema,
  FakeLlmScriptSchema,
  parseFakeLlmReplies,
  parseFakeLlmScript,
  type FakeLlmScript,
  type ParsedFakeLlmReplies,
  type ParsedFakeLlmScript,
} from './fake-llm/reply-schema.js';
export type {
  FakeLlmHttpError,
  FakeLlmMessage,
  FakeLlmProtocol,
  FakeLlmRecordedToolCall,
  FakeLlmReply,
  FakeLlmRequest,
  FakeLlmResponder,
  FakeLlmStreamFault,
  FakeLlmTool,
  FakeLlmToolCall,
  FakeLlmTurn,
  FakeLlmUsage,
} from './fake-llm/types.js';
export {
  createFakeContainer,
  FAKE_CONTAINER_BINARY,
  type FakeContainer,
  type FakeContainerOptions,
} from './fake-container/create-fake-container.js';
export type { FakeContainerRecord, FakeState } from './fake-container/state.js';
export { createFakeMcpServer, type FakeMcpServerOptions } from './fake-mcp/create-fake-mcp-server.js';
export { fakeMcpServerPath } from './fake-mcp/fake-mcp-server-path.js';
export {
  APPROVING_JUDGEMENT,
  forcedTool,
  HELLO_CLARITY,
  HELLO_SEED,
  helloModel,
  toolCallReply,
  type HelloModelOptions,
} from './scripted/hello-model.js';
