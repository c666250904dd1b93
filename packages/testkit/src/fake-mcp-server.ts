#!/usr/bin/env node
// The `fake-mcp-server` executable: the testkit's MCP server over stdio, in its own process.
// FAKE_MCP_CALL_LOG names a file that records each tool call; FAKE_MCP_NAME its server name;
// FAKE_MCP_STDERR is written to stderr at start with each `$NAME` replaced by that variable's
// value (to test how clients log, and redact, a server's stderr).
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createFakeMcpServer } from './fake-mcp/create-fake-mcp-server.js';

const callLog = process.env.FAKE_MCP_CALL_LOG;
const name = process.env.FAKE_MCP_NAME;
const server = createFakeMcpServer({
  ...(callLog === undefined ? {} : { callLog }),
  ...(name === undefined ? {} : { name }),
});
await server.connect(new StdioServerTransport());
process.stderr.write(`fake-mcp-server ready (pid ${process.pid})\n`);
const stderrLine = process.env.FAKE_MCP_STDERR;
if (stderrLine !== undefined)
  process.stderr.write(
    `${stderrLine.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (_match, name: string) => process.env[name] ?? '')}\n`,
  );
process.stdin.once('end', () => {
  void server.close().then(() => process.exit(0));
});
