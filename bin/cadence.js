#!/usr/bin/env node
// The `cadence` CLI: the single bundled file `npm run build` writes (dist-cli/cadence.js), shipped
// in the package with the Code.js it runs for `--out`. No TypeScript, tsx or bundler at run time.
try {
  require.resolve('../dist-cli/cadence.js');
} catch {
  process.stderr.write('cadence: dist-cli/cadence.js is missing: run `npm run build` first\n');
  process.exit(2);
}
require('../dist-cli/cadence.js');
