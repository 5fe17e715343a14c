import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

/**
 * Playwright cannot download its own browsers on our machines, so the tests drive an installed
 * Chromium: Debian's by default, or whatever CHROMIUM_PATH names.
 */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  throw new Error(
    `No Chromium found at ${executablePath}, so the browser tests cannot run.\n` +
      'Install it (Debian or Ubuntu: sudo apt-get install -y chromium), or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
}

const port = Number(process.env.E2E_PORT ?? 4329);
// A second build of the site under /dsm-errors/ (npm run build:base), to prove nothing assumes "/".
const basePort = port + 1;
const root = fileURLToPath(new URL('..', import.meta.url));
const launchOptions = {
  executablePath,
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
};

export default defineConfig({
  testDir: 'e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /base-path\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    {
      name: 'base-path',
      testMatch: /base-path\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${basePort}/dsm-errors/` },
    },
  ],
  // The tests run against the built site (npm test builds first); preview serves dist/.
  // --ignore-lock: a preview the developer left running must not stop the tests.
  webServer: [
    {
      command: `astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      cwd: root,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `astro preview --ignore-lock --host 127.0.0.1 --port ${basePort}`,
      url: `http://127.0.0.1:${basePort}/dsm-errors/`,
      cwd: root,
      env: { BASE_PATH: '/dsm-errors/', OUT_DIR: './dist-base' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
