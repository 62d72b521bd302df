import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { MOCKVIEW_VERSION: JSON.stringify('0.0.0-test') },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    setupFiles: ['test/helpers/preload-screens.ts'],
  },
});
