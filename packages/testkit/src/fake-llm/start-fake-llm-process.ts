import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BinResult } from '../run-bin.js';
import { startBin } from '../start-bin.js';
import { createFakeLlmClient, type FakeLlmClient } from './create-fake-llm-client.js';
import { fakeLlmServerPath } from './fake-llm-server-path.js';
import type { FakeLlmReply } from './types.js';

/** Options for {@link startFakeLlmProcess}. */
export interface FakeLlmProcessOptions {
  /** Replies queued at start. */
  readonly replies?: readonly FakeLlmReply[];
  /** Answers once the queue is empty. */
  readonly fallback?: FakeLlmReply;
  /** Path of an ES module whose default export is a {@link FakeLlmResponder}. */
  readonly responderModule?: string;
  /** Default 0 (a free port). */
  readonly port?: number;
}

/** A fake LLM server running in a child process. Dispose it (or `stop()`) to end it. */
export interface FakeLlmProcess extends AsyncDisposable {
  readonly baseUrl: string;
  readonly anthropicBaseUrl: string;
  readonly openaiBaseUrl: string;
  readonly pid: number;
  /** Reads its requests and queues more replies over HTTP. */
  readonly client: FakeLlmClient;
  /** Sends SIGTERM and waits for the exit. */
  stop(): Promise<BinResult>;
}

/**
 * Runs the `fake-llm-server` executable in a child process (so the server survives a blocked
 * test thread, or can be shared by several spawned processes) and waits until it listens.
 */
export async function startFakeLlmProcess(options: FakeLlmProcessOptions = {}): Promise<FakeLlmProcess> {
  const folder = await mkdtemp(join(tmpdir(), 'oxios-fake-llm-'));
  const script = join(folder, 'script.json');
  await writeFile(script, JSON.stringify({ replies: options.replies ?? [], fallback: options.fallback }));
  const args = ['--script', script, '--port', String(options.port ?? 0)];
  if (options.responderModule !== undefined) args.push('--responder', options.responderModule);
  const child = startBin(fakeLlmServerPath(), args, { timeoutMs: 30 * 60_000 });
  const removeFolder = () => rm(folder, { recursive: true, force: true });
  let ready: { baseUrl: string; anthropicBaseUrl: string; openaiBaseUrl: string; pid: number };
  try {
    const [line] = await child.waitForOutput(/^\{.*"baseUrl".*\}$/m);
    ready = JSON.parse(line) as typeof ready;
  } catch (error) {
    await child[Symbol.asyncDispose]();
    await removeFolder();
    throw error;
  }
  let stopped: Promise<BinResult> | undefined;
  const stop = () => {
    stopped ??= (async () => {
      child.kill('SIGTERM');
      const result = await child.exited();
      await removeFolder();
      return result;
    })();
    return stopped;
  };
  return {
    ...ready,
    client: createFakeLlmClient(ready.baseUrl),
    stop,
    async [Symbol.asyncDispose]() {
      await stop();
    },
  };
}
