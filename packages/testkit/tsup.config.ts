import { defineConfig } from 'tsup';

export default defineConfig({
  // `fake-llm-server` is the executable that runs a fake LLM server in its own process.
  entry: { index: 'src/index.ts', 'fake-llm-server': 'src/fake-llm-server.ts' },
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
