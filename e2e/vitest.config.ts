import { defineConfig } from 'vitest/config';

/** Unit tests of the e2e support code (the Playwright suite itself is `npm test -w e2e`). */
export default defineConfig({
  test: {
    include: ['support/**/*.test.ts'],
  },
});
