import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 20_000,
    // Setup and teardown on a busy CI machine (temp installs, servers) can be slow.
    hookTimeout: 60_000,
  },
});
