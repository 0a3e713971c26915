// `npm start`: builds dist/ when it is missing, then serves the local preview (src/local/preview).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = ['Code.js', 'Sidebar.html'].every((f) => existsSync(path.join(root, 'dist', f)));
if (!built) {
  console.log('Building dist/ first (npm run build)…');
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], {
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
// Runs the TypeScript sources through tsx's require hook, as bin/cadence.js does for the CLI.
const require = createRequire(import.meta.url);
require('tsx/cjs');
require(path.join(root, 'src/local/preview/main.ts'));
