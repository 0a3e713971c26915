#!/usr/bin/env node
// The `cadence` CLI. Runs the TypeScript sources directly through tsx's require hook, so the CLI
// and the add-on always share the exact same core code.
require('tsx/cjs');
require('../src/local/cli/main.ts');
