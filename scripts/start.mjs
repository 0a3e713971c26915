// `npm start`: rebuilds dist/ when a source changed since the last build (or it is missing), then
// serves the local preview (src/local/preview) on the fresh bundle.
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildAll, isStale, root } from './build.mjs';

if (isStale()) {
  console.log('Building dist/ from the changed sources…');
  await buildAll();
}
// The preview server runs from the TypeScript sources through tsx's require hook (a dev tool).
const require = createRequire(import.meta.url);
require('tsx/cjs');
require(path.join(root, 'src/local/preview/main.ts'));
