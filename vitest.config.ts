import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'docs/**'],
    testTimeout: 30_000,
    // A folder for the whole run, shared by the test files (test-support/run-folder.ts).
    globalSetup: ['./test-support/run-folder.ts'],
  },
});
