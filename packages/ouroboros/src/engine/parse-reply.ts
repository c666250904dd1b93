import { err, ok, type Result } from 'neverthrow';
import type { LlmReply } from '../port/llm-port.js';

const FENCED = /^```(?:json)?[ \t]*\r?\n([\s\S]*?)\r?\n?```$/;

/**
 * The JSON value in a reply: a structured reply as is; a text reply parsed as exactly one JSON
 * value (one surrounding ```json fence is tolerated, prose around the JSON is not).
 */
export function parseReply(reply: LlmReply): Result<unknown, string[]> {
  if (reply.kind === 'json') return ok(reply.value);
  const trimmed = reply.text.trim();
  const body = FENCED.exec(trimmed)?.[1] ?? trimmed;
  try {
    return ok(JSON.parse(body) as unknown);
  } catch (error) {
    return err([`reply is not valid JSON: ${error instanceof Error ? error.message : String(error)}`]);
  }
}
