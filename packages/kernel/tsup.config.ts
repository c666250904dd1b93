import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' },
  format: ['esm'],
  target: 'node22',
  platform: 'node',
  // Keep `node:` specifiers: built-ins such as node:sqlite exist only under that prefix.
  removeNodeProtocol: false,
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: false,
});
