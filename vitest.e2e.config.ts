import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension in Debian's Chromium (build first).
export default defineConfig({
  test: {
    environment: 'node',
    // test/security/*.build.test.ts read the build's files (manifest, bundles).
    include: ['test/e2e/**/*.test.ts', 'test/security/**/*.build.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
