import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Synthesizing the app bundles four Lambda functions with esbuild: seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The bundling test runs the local stack (AWS SDK on Node 20): keep its notices out of the log.
    env: {
      AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
  },
});
