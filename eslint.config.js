// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import pluginQuery from '@tanstack/eslint-plugin-query'
import globals from 'globals'
import { readdirSync } from 'node:fs'
import { importX } from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import playwright from 'eslint-plugin-playwright'

const features = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

/** The arrows of the architecture (docs/architecture.md); everything else is forbidden. */
const zones = [
  // Features never import each other; only src/app composes them.
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features never import each other; src/app composes them.',
  })),
  {
    target: ['./src/lib', './src/components', './src/stores'],
    from: ['./src/features', './src/app'],
    message: 'Shared code never imports features or the app.',
  },
  {
    target: './src/sandbox',
    from: './src',
    except: ['./sandbox'],
    message: 'The sandbox imports nothing from the app.',
  },
  {
    // src/server runs at build and serve time only.
    target: readdirSync('src')
      .filter((name) => name !== 'server')
      .map((name) => `./src/${name}`),
    from: './src/server',
    message: 'src/server is build-time only; the app never imports it.',
  },
  {
    target: './e2e',
    from: './src',
    except: ['./sandbox/app.ts'],
    message:
      "End-to-end tests drive the app through the browser; from src they import only the sandbox's public entry.",
  },
]

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'e2e/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: { 'import-x/no-restricted-paths': ['error', { zones }] },
  },
  {
    // The bench measures the build, so it counts inline scripts the way the build's policy admits them.
    files: ['e2e/bench/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: zones.slice(0, -1) }],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ignores: ['src/sandbox/**', 'src/server/**'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['e2e/**/*.ts'],
    ignores: ['e2e/bench/**'],
    ...playwright.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/sandbox/**', 'src/server/**'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    files: [
      'src/sandbox/**/*.ts',
      'src/server/**/*.ts',
      'e2e/**/*.ts',
      '*.config.{ts,js}',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    // The sandbox runs in Node and must stay free of React and the app.
    files: ['src/sandbox/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
              message: 'The sandbox is free of React.',
            },
          ],
        },
      ],
    },
  },
  {
    // Node 20's V8 adds each key after a spread ({ ...a, b }) through a slow
    // path, about 1 µs a key; the sandbox answers thousands of requests a
    // second, so its request path builds objects without that pattern.
    files: ['src/sandbox/**/*.ts'],
    ignores: ['src/sandbox/**/*.test.ts', 'src/sandbox/testing/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ObjectExpression > SpreadElement:not(:last-child)',
          message:
            'A key after a spread is slow in Node 20 (docs/performance.md, Sandbox). Put the spread last, or use Object.assign(copy, { ... }).',
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
)
