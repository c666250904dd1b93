import { defineConfig } from 'tsup';

export default defineConfig({
  // Executables: a fake LLM server, a fake Apple `container` CLI and a fake MCP server, each run in
  // its own process.
  entry: {
    index: 'src/index.ts',
    'fake-llm-server': 'src/fake-llm-server.ts',
    'fake-container': 'src/fake-container/main.ts',
    'fake-mcp-server': 'src/fake-mcp-server.ts',
  },
  format: ['esm'],
  target: 'node22',
  platform: 'node',
  // Keep `node:` specifiers: built-ins such as node:sqlite exist only under that prefix.
  removeNodeProtocol: false,
  dts: { entry: 'src/index.ts' },
  sourcemap: true,
  clean: true,
  splitting: false,
});
