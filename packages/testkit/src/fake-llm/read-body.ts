import type { IncomingMessage } from 'node:http';
import { isRecord } from './json-values.js';

/** Reads a request body as a JSON object; undefined when it is not one. */
export async function readJsonObject(request: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const value = await readJson(request);
  return isRecord(value) ? value : undefined;
}

/** Reads a request body as JSON; undefined when it does not parse. */
export async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}
