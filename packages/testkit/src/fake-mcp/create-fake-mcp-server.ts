import { appendFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

/** Options of {@link createFakeMcpServer}. */
export interface FakeMcpServerOptions {
  /** Server name reported at `initialize`. Default `fake-mcp`. */
  readonly name?: string;
  /** A file every `tools/call` is appended to, one JSON line `{ tool, arguments }`. */
  readonly callLog?: string;
}

const text = (value: string) => ({ content: [{ type: 'text' as const, text: value }] });

/**
 * An MCP server written with the official SDK, for tests of MCP clients. Its tools:
 * `echo {text}` → `echo: <text>`; `add {a, b}` → the sum; `whoami` → JSON `{ pid, env }` (its
 * whole environment); `sleep {ms}` → waits, stopping early when the call is cancelled; `fail` →
 * a tool error result (`isError`). Connect it to any transport (stdio in the `fake-mcp-server`
 * executable, an in-memory pair in a unit test).
 */
export function createFakeMcpServer(options: FakeMcpServerOptions = {}): McpServer {
  const server = new McpServer({ name: options.name ?? 'fake-mcp', version: '1.0.0' });
  const logCall = (tool: string, args: unknown) => {
    if (options.callLog !== undefined)
      appendFileSync(options.callLog, `${JSON.stringify({ tool, arguments: args })}\n`);
  };
  server.registerTool(
    'echo',
    { description: 'Repeats the text it is given.', inputSchema: { text: z.string() } },
    (args) => {
      logCall('echo', args);
      return text(`echo: ${args.text}`);
    },
  );
  server.registerTool(
    'add',
    { description: 'Adds two numbers.', inputSchema: { a: z.number(), b: z.number() } },
    (args) => {
      logCall('add', args);
      return text(String(args.a + args.b));
    },
  );
  server.registerTool('whoami', { description: 'Reports its process id and environment.' }, () => {
    logCall('whoami', {});
    return text(JSON.stringify({ pid: process.pid, env: process.env }));
  });
  server.registerTool(
    'sleep',
    { description: 'Waits for the given milliseconds.', inputSchema: { ms: z.number().int().min(0) } },
    async (args, extra) => {
      logCall('sleep', args);
      await sleep(args.ms, undefined, { signal: extra.signal }).catch(() => undefined);
      return text(`slept ${args.ms} ms`);
    },
  );
  server.registerTool('fail', { description: 'Always fails.' }, () => {
    logCall('fail', {});
    return { ...text('this tool always fails'), isError: true };
  });
  return server;
}
