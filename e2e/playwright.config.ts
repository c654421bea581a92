import { defineConfig } from '@playwright/test';
import { chromiumPath, ChromiumNotFoundError } from './support/browser/find-chromium';

/** The browser to drive; without one, the finder's one line and exit 1, not a stack trace. */
function browser(): string {
  try {
    return chromiumPath();
  } catch (error) {
    if (!(error instanceof ChromiumNotFoundError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

/**
 * Drives the real product in the Chromium support/browser/find-chromium.ts finds (CHROMIUM_PATH,
 * Debian's /usr/bin/chromium, or one Playwright installed; Debian's is installed where missing
 * and possible), the same one `npm test` checked first and the benchmarks use. global-setup.ts
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
      executablePath: browser(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    },
  },
});
