// Lint rules, including the architecture: core ← gas ← local, and the sidebar sees only types.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import gas from 'eslint-plugin-googleappsscript';

const appsScriptGlobals = gas.environments.googleappsscript.globals;
const nodeOnly = [
  'fs',
  'path',
  'os',
  'child_process',
  'http',
  'https',
  'net',
  'vm',
  'url',
  'util',
  'crypto',
  'stream',
  'zlib',
  'worker_threads',
];
const nodeImportPatterns = [
  { group: ['node:*', ...nodeOnly], message: 'src/core runs in Apps Script: no Node APIs.' },
];

// The in-memory Apps Script (packages/apps-script-fake) is an independent library imitating
// Google: it imports nothing of Cadence, so no relative import of its files climbs out of its
// folder (one file glob per depth, as a pattern sees only the import text). Cadence's Node code
// imports it by its package name only; code that runs in Apps Script or the browser never does.
const FAKE = 'packages/apps-script-fake';
const fakeBoundary = [1, 2, 3, 4, 5].map((depth) => ({
  files: [`${FAKE}/${'*/'.repeat(depth)}*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(\\.\\./){${depth + 1},}`,
            message: `${FAKE} imitates Google on its own: it must import nothing of Cadence.`,
          },
        ],
      },
    ],
  },
}));
const fakeByName = {
  group: [`**/${FAKE}`, `**/${FAKE}/**`, '@cadence/apps-script-fake/**'],
  message: "Import the in-memory Apps Script by its package name: '@cadence/apps-script-fake'.",
};
const noFake = {
  group: ['@cadence/apps-script-fake', '@cadence/apps-script-fake/**', '**/packages/**'],
  message: 'The in-memory Apps Script is for Node code (src/local, tests, bench) only.',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-cli/**',
      'node_modules/**',
      'coverage/**',
      'out/**',
      'test-output/**',
      'examples/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.cjs', '**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.ts'],
    ignores: [`${FAKE}/**`],
    rules: { 'no-restricted-imports': ['error', { patterns: [fakeByName] }] },
  },
  ...fakeBoundary,
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/gas/**', '**/gas', '**/local/**', '**/local'],
              message:
                'src/core must not import src/gas or src/local (imports go core ← gas ← local).',
            },
            noFake,
            ...nodeImportPatterns,
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...Object.keys(appsScriptGlobals).map((name) => ({
          name,
          message: 'src/core is pure: no Apps Script globals.',
        })),
        ...['process', 'Buffer', 'require', '__dirname', '__filename', 'global'].map((name) => ({
          name,
          message: 'src/core is pure: no Node globals.',
        })),
      ],
    },
  },
  {
    files: ['src/gas/**/*.ts'],
    languageOptions: { globals: appsScriptGlobals },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/local/**', '**/local'],
              message: 'src/gas must not import src/local (Node only).',
            },
            noFake,
            ...nodeImportPatterns,
          ],
        },
      ],
    },
  },
  {
    files: ['sidebar/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/gas/**'],
              allowTypeImports: true,
              message: 'The sidebar may import only types from src/gas.',
            },
            { group: ['**/src/local/**'], message: 'The sidebar must not import src/local.' },
            noFake,
            ...nodeImportPatterns,
          ],
        },
      ],
    },
  },
);
