import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import tseslint from 'typescript-eslint';

/** server/src modules whose index.ts is the only file other modules may import (add a module when it gets one). */
const MODULES_WITH_INDEX = ['flags', 'risk'];

/** `graphql<{ x: X }>(DOC)` / `read<…>(…)`: a response type written by hand beside a typed document. */
const HAND_TYPED_OPERATION = {
  selector: 'CallExpression[callee.name=/^(graphql|read)$/][typeArguments]',
  message: 'let the typed document (gql()) type the answer: no type arguments on graphql()/read()',
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'artifacts/**',
      '.neo4j/**',
      'bench/results/**',
      'client/src/gql/**',
      'client/src/gql-shell/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        document: 'readonly',
        window: 'readonly',
        performance: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        AbortController: 'readonly',
        structuredClone: 'readonly',
        localStorage: 'readonly',
        sessionStorage: 'readonly',
        navigator: 'readonly',
        Blob: 'readonly',
        HTMLElement: 'readonly',
        HTMLInputElement: 'readonly',
        KeyboardEvent: 'readonly',
        MouseEvent: 'readonly',
        Response: 'readonly',
        Request: 'readonly',
        Headers: 'readonly',
        FormData: 'readonly',
        queueMicrotask: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      // Capability modules with a public surface: other modules import their index.ts only.
      'no-restricted-imports': [
        'error',
        {
          patterns: MODULES_WITH_INDEX.map((name) => ({
            group: [`**/${name}/**`, `!**/${name}/index.js`],
            message: `import the ${name} module through its public surface, ${name}/index.js`,
          })),
        },
      ],
    },
  },
  {
    // An operation's answer is typed by its generated document (src/gql/), never named by hand.
    files: ['client/src/**/*.ts', 'client/src/**/*.tsx'],
    ignores: ['client/src/gql/**', 'client/src/gql-shell/**'],
    rules: { 'no-restricted-syntax': ['error', HAND_TYPED_OPERATION] },
  },
  {
    // Every text a person reads comes from a dictionary (client/src/i18n): no literal text in JSX.
    files: ['client/src/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }],
      // …nor in the attributes people read (tooltips, screen-reader labels, placeholders).
      'no-restricted-syntax': [
        'error',
        HAND_TYPED_OPERATION,
        {
          selector: 'JSXAttribute[name.name=/^(title|aria-label|placeholder|alt|aria-description)$/] > Literal[value=/[A-Za-zÆØÅæøå]/]',
          message: 'text people read comes from a dictionary (useMessages), not a literal',
        },
      ],
    },
  },
);
