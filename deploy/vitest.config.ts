import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Setup and teardown on a busy CI machine (temp installs, servers) can be slow.
    hookTimeout: 60_000,
    // Each file starts real servers, proxies, sandboxes or pnpm: one file at a time keeps this
    // package from crowding the timing-sensitive suites turbo runs next to it.
    fileParallelism: false,
  },
});
