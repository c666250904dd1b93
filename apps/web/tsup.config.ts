import { defineConfig } from 'tsup';

// The Node.js entry (`dashboardRoot()`); `vite build` then writes the app itself to dist/app.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  target: 'node22',
  platform: 'node',
  removeNodeProtocol: false,
  dts: true,
  sourcemap: false,
  clean: true,
});
