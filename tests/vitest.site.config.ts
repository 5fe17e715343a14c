import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Gates on the built site (dist/ and dist-base/): run after both builds.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/site/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
