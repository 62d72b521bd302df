// Lint, run by `npm test`. Besides the recommended rules and React's hook rules, it keeps the import
// arrows one way (DESIGN.md): store → domain → app → view, never back. A rule here is the check for
// "the import graph has no upward arrow": `npm run lint` fails on any such import.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const UI = ['react', 'react/*', 'ink', 'ink-*', '**/components/**', '**/screens/**', '**/hooks/**'];
const SDK = ['@aws-sdk/*', '@smithy/*'];

/** A folder that may not import from the given patterns (type-only imports included: an arrow is an arrow). */
const forbid = (files, patterns, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    languageOptions: { globals: { ...globals.node, MOCKVIEW_VERSION: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Terminal code matches control characters on purpose (escape sequences, key bytes).
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // The one-way arrows.
  forbid(['src/i18n/**'], [...UI, ...SDK, '**/store/**', '**/bedrock/**', '**/providers/**', '**/interview/**', '**/cli/**', '**/app/**', '**/terminal/**', '**/models/**'], 'i18n/ is under everything that speaks: it imports only i18next and its catalogs'),
  forbid(['src/store/**'], [...UI, ...SDK, '**/bedrock/**', '**/providers/**', '**/interview/**', '**/cli/**', '**/app/**', 'lowdb/*x'], 'store/ is the bottom layer: it imports nothing above it'),
  forbid(['src/bedrock/**'], [...UI, '**/providers/**', '**/interview/**', '**/cli/**', '**/app/**', '**/store/store*', 'lowdb'], 'bedrock/ talks to AWS only; it knows no provider, screen or store'),
  forbid(['src/interview/**'], [...UI, ...SDK, '**/bedrock/**', '**/cli/**', '**/app/**', 'lowdb'], 'interview/ is pure logic: no Ink, no SDK, no store'),
  forbid(['src/providers/**'], [...UI, '**/cli/**', '**/app/**'], 'providers/ sit below the app layer and the views'),
  forbid(['src/app/**'], ['ink', 'ink-*', '**/components/**', '**/screens/**', '**/cli/**'], 'app/ is below the views and the CLI'),
  forbid(['src/components/**', 'src/hooks/**'], [...SDK, '**/screens/**', '**/cli/**', '**/store/store*', '**/store/db*', '**/store/json-file*', 'lowdb', 'lowdb/*'], 'components and hooks never reach the store, the SDK or the CLI'),
  forbid(['src/screens/**'], [...SDK, '**/cli/**', '**/store/store*', '**/store/db*', '**/store/json-file*', '**/store/sessions*', '**/store/catalog-cache*', '**/store/lock*', 'lowdb', 'lowdb/*', '**/bedrock/client*'], 'screens only show and ask: data and actions come through the app layer'),
  forbid(['src/terminal/**'], ['**/cli/**', '**/screens/**', '**/store/**', ...SDK], 'terminal/ is below everything that prints'),
);
