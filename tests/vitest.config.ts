import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Kept under tests/ so the top level holds only what the project agreed on.
export default defineConfig({
  test: {
    // One temporary folder for the run, removed at its end (tests/helpers/tmp.ts).
    globalSetup: ['tests/helpers/tmp-root.ts'],
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
