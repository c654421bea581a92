// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/.angular/**', '**/cdk.out/**', '**/out-tsc/**', '**/test-results/**', '.data/**', 'bench/results/**'],
  },
  js.configs.recommended,
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', Buffer: 'readonly', URL: 'readonly', fetch: 'readonly', setTimeout: 'readonly', performance: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // One zod for the whole project: Zod Mini with its English messages loaded
    // (shared/src/validation/zod.ts). Classic zod would add ~60 KB to every Lambda bundle, and
    // Zod Mini imported elsewhere could parse before its messages are loaded.
    files: ['**/*.ts'],
    ignores: ['shared/src/validation/zod.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^zod(/.*)?$', message: "Import * as z from '@lessonstage/shared/zod' (in shared/: '../validation/zod')." }] },
      ],
    },
  },
  {
    // The shared package's main entry builds zod schemas when loaded (zod in the web
    // app's first download): the app takes only types from it, and values from its dependency-free
    // entries (see the paths in frontend/tsconfig.json).
    files: ['frontend/src/**/*.ts'],
    ignores: ['frontend/src/**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: '@lessonstage/shared', message: 'Values come from a dependency-free entry such as @lessonstage/shared/session-hint; import only types from here.', allowTypeImports: true }] },
      ],
    },
  },
);
