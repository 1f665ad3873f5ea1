import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension in Debian's Chromium (build first).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
