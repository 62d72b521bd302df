import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { MOCKVIEW_VERSION: JSON.stringify('0.0.0-test') },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    // Most test time is spent waiting on child processes, tmux and streams, not on the CPU: on a
    // 2-core machine vitest's default (cores − 1 = one file at a time) leaves both cores idle.
    maxWorkers: 3,
    setupFiles: ['test/helpers/preload-screens.ts'],
  },
});
