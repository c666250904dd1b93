import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/bin.ts'],
  format: ['esm'],
  target: 'node22',
  platform: 'node',
  // Keep `node:` specifiers: built-ins such as node:sqlite exist only under that prefix.
  removeNodeProtocol: false,
  dts: false,
  sourcemap: true,
  clean: true,
  // Commands are split into chunks that load only when used, keeping `oxios --version` fast.
  splitting: true,
});
