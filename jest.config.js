// One jest project per kind of suite, so a newcomer runs the fast ones alone:
//   npm run test:unit     pure core and sidebar helpers (no dist/, no I/O beyond fixtures)
//   npm run test:architecture  the import rules of eslint.config.mjs bite
//   npm run test:fake     the in-memory Apps Script alone (packages/apps-script-fake/test)
//   npm run test:local    Cadence's file bridges and runner on the in-memory Apps Script
//   npm run test:adapter  the add-on's actions through dist/Code.js
//   npm run test:scale    the same at 10,000 rows (*-scale.test.ts)
//   npm run test:build, test:cli, test:browser
// Suites that load dist/ or dist-cli/ build them first (tests/global-build.mjs): never a stale one.
// The scripts end `--selectProjects NAME` with `--ci` (no snapshot is written unasked), which also
// closes its list, so `npm run test:unit -- tests/unit/deltas.test.ts` runs that file alone.
const transform = { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] };
const globalSetup = '<rootDir>/tests/global-build.mjs';

const project = (name, match, options = {}) => ({
  displayName: name,
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/tests'],
  testMatch: match,
  transform,
  ...options,
});

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60000,
  // `npm run coverage`: what the pure unit tests alone prove of src/core.
  collectCoverageFrom: ['<rootDir>/src/core/**/*.ts'],
  coverageReporters: ['text-summary', 'text', 'html'],
  // The playbook's rules live in core: keep at least 95 % of its lines proven by unit tests.
  coverageThreshold: { global: { lines: 95 } },
  projects: [
    project('unit', ['<rootDir>/tests/unit/**/*.test.ts'], {
      testPathIgnorePatterns: ['/architecture\\.test\\.ts$'],
    }),
    // Runs the real ESLint CLI on probe files: tooling, and the slowest by far.
    project('architecture', ['<rootDir>/tests/unit/architecture.test.ts']),
    // The in-memory Apps Script is its own package; its tests sit beside it.
    project('fake', ['<rootDir>/packages/apps-script-fake/test/**/*.test.ts'], {
      roots: ['<rootDir>/packages/apps-script-fake'],
    }),
    project('local', ['<rootDir>/tests/local/**/*.test.ts']),
    project('adapter', ['<rootDir>/tests/adapter/**/*.test.ts'], {
      testPathIgnorePatterns: ['-scale\\.test\\.ts$'],
      globalSetup,
    }),
    project('scale', ['<rootDir>/tests/**/*-scale.test.ts'], { globalSetup }),
    project('build', ['<rootDir>/tests/build/**/*.test.ts'], { globalSetup }),
    project('cli', ['<rootDir>/tests/cli/**/*.test.ts'], { globalSetup }),
    project('browser', ['<rootDir>/tests/browser/**/*.test.ts'], { globalSetup }),
  ],
};
