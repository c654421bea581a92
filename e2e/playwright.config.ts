import { defineConfig } from '@playwright/test';

/**
 * Drives the real product in Debian's Chromium (never a downloaded browser). global-setup.ts
 * starts the local stack, exactly as `npm start` does, on free ports with a throw-away data
 * folder, and hands its URL to the workers through LESSONSTAGE_URL.
 */
export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  globalSetup: './support/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: process.env.LESSONSTAGE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    },
  },
});
