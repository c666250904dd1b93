import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  target: 'node22',
  platform: 'node',
  // Keep `node:` specifiers as written.
  removeNodeProtocol: false,
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: false,
});
