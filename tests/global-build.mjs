// Jest global setup for the suites that load dist/ or dist-cli/: build them from the current
// sources first (esbuild: a second or two), so no test ever runs against a stale bundle. Several
// projects share this file; one jest run builds once.
import { buildAll } from '../scripts/build.mjs';

export default async function globalBuild() {
  globalThis.cadenceBuilt ??= buildAll();
  await globalThis.cadenceBuilt;
}
