import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseFakeLlmScript } from './reply-schema.js';
import { startFakeLlm, type FakeLlm } from './start-fake-llm.js';
import type { FakeLlmResponder } from './types.js';

/** The outcome of {@link serveFakeLlmFromArgs}. */
export type ServedFakeLlm =
  { readonly ok: true; readonly fakeLlm: FakeLlm } | { readonly ok: false; readonly message: string };

/** Usage text of the `fake-llm-server` executable. */
export const FAKE_LLM_SERVER_USAGE = `usage: fake-llm-server [--script <file.json|->] [--responder <module.js>] [--port <n>] [--host <address>]
  --script     replies: a JSON array, or {"replies": [...], "fallback": {...}}; "-" reads stdin
  --responder  an ES module whose default export is (request) => reply | undefined
  --port       default 0 (a free port); --host default 127.0.0.1
Prints one JSON line {"baseUrl", "anthropicBaseUrl", "openaiBaseUrl", "pid"} once listening.`;

async function loadResponder(path: string): Promise<FakeLlmResponder | string> {
  const module = (await import(pathToFileURL(resolve(path)).href)) as { default?: unknown; responder?: unknown };
  const candidate = module.default ?? module.responder;
  return typeof candidate === 'function' ? (candidate as FakeLlmResponder) : `${path} exports no responder function`;
}

/**
 * Starts a fake LLM server from command-line arguments (see {@link FAKE_LLM_SERVER_USAGE}).
 * `readStdin` supplies the script for `--script -`.
 */
export async function serveFakeLlmFromArgs(
  argv: readonly string[],
  readStdin: () => Promise<string>,
): Promise<ServedFakeLlm> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        script: { type: 'string' },
        responder: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
      },
    }));
  } catch (error) {
    return {
      ok: false,
      message: `${error instanceof Error ? error.message : String(error)}\n${FAKE_LLM_SERVER_USAGE}`,
    };
  }
  const port = Number(values.port ?? '0');
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    return { ok: false, message: `bad --port ${values.port ?? ''}` };
  let json: unknown = [];
  if (values.script !== undefined) {
    const text = values.script === '-' ? await readStdin() : await readFile(values.script, 'utf8');
    try {
      json = JSON.parse(text) as unknown;
    } catch (error) {
      return { ok: false, message: `the script is not JSON: ${String(error)}` };
    }
  }
  const parsed = parseFakeLlmScript(json);
  if (!parsed.ok) return { ok: false, message: `invalid script:\n${parsed.message}` };
  const responder = values.responder === undefined ? undefined : await loadResponder(values.responder);
  if (typeof responder === 'string') return { ok: false, message: responder };
  const fakeLlm = await startFakeLlm({
    replies: parsed.script.replies,
    ...(parsed.script.fallback === undefined ? {} : { fallback: parsed.script.fallback }),
    ...(responder === undefined ? {} : { responder }),
    port,
    ...(values.host === undefined ? {} : { host: values.host }),
  });
  return { ok: true, fakeLlm };
}
