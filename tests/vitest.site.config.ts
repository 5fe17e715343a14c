import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Gates on the built site (dist/ and dist-base/): run after both builds.
export default defineConfig({
  test: {
    // One temporary folder for the run, removed at its end (tests/helpers/tmp.ts).
    globalSetup: ['tests/helpers/tmp-root.ts'],
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/site/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
