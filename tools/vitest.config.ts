import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['tools/**/*.test.ts', 'bench/**/*.test.ts'], exclude: ['**/fixtures/**', '**/node_modules/**'], testTimeout: 60_000 },
});
