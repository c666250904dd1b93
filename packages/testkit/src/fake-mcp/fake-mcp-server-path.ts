import { join } from 'node:path';
import { fakeLlmServerPath } from '../fake-llm/fake-llm-server-path.js';

/**
 * Absolute path of the built `fake-mcp-server` executable (`dist/fake-mcp-server.js` of
 * @oxios/testkit): a stdio MCP server ({@link createFakeMcpServer}) for tests that spawn one.
 * Run it with `node <path>`; `FAKE_MCP_CALL_LOG=<file>` records every tool call.
 */
export function fakeMcpServerPath(): string {
  return join(fakeLlmServerPath(), '..', 'fake-mcp-server.js');
}
