// ESLint (flat config): the recommended rules of ESLint and typescript-eslint, on the sources,
// tests, scripts and benchmarks. `npm run lint`; run by `npm test`, so CI runs it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        setImmediate: 'readonly',
        performance: 'readonly',
        fetch: 'readonly',
        AbortController: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        structuredClone: 'readonly',
        queueMicrotask: 'readonly',
      },
    },
    rules: {
      // Control characters in patterns are deliberate: FTS5's highlight marks (\x02, \x03) and
      // the control characters a query or a folded text has taken out.
      'no-control-regex': 'off',
      // Unused names are errors, except those that say they are unused on purpose: `_x`, and
      // the rest of a destructuring that leaves a property out (`{ groups: _groups, ...t }`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['test/**/*.ts', 'src/**/*.test.ts'],
    rules: {
      // Tests read JSON bodies loosely and let the assertions check their shape.
      '@typescript-eslint/no-explicit-any': 'off',
      // `expect(x)!` after a lookup that the assertion before has just checked.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
