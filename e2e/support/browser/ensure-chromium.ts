import { ensureChromium, realMachine } from './find-chromium';

/**
 * `npm run check:chromium`, the first step of `npm test` and of `npm run test:e2e`: finds the
 * Chromium the browser tests will drive (installing Debian's where it can), or stops at once with
 * one line saying what to run, instead of failing every Playwright test minutes later.
 */
const lookup = ensureChromium(realMachine());
if (lookup.found) {
  console.log(`Chromium for the browser tests: ${lookup.path} (${lookup.source})`);
} else {
  console.error(lookup.message);
  process.exitCode = 1;
}
