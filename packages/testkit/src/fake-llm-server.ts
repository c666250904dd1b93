#!/usr/bin/env node
// The `fake-llm-server` executable: a fake LLM server in its own process, for tests that spawn
// real CLIs and servers. See FAKE_LLM_SERVER_USAGE and the testkit README.
import { text } from 'node:stream/consumers';
import { serveFakeLlmFromArgs } from './fake-llm/serve-fake-llm-from-args.js';

const served = await serveFakeLlmFromArgs(process.argv.slice(2), () => text(process.stdin));
if (!served.ok) {
  process.stderr.write(`fake-llm-server: ${served.message}\n`);
  process.exit(2);
}
const { fakeLlm } = served;
const stop = () => {
  void fakeLlm.close().then(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
const ready = {
  baseUrl: fakeLlm.baseUrl,
  anthropicBaseUrl: fakeLlm.anthropicBaseUrl,
  openaiBaseUrl: fakeLlm.openaiBaseUrl,
  pid: process.pid,
};
process.stdout.write(`${JSON.stringify(ready)}\n`);
