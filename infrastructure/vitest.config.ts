import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Synthesizing the app bundles four Lambda functions with esbuild: seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
