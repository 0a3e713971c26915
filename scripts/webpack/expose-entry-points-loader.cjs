// Webpack loader for src/gas/main.ts. gas-webpack-plugin only sees `global.NAME = …` statements,
// so this loader writes one per export of src/gas/entrypoints.ts. The names come from compiling
// and loading that module (esbuild + a bare vm), never from a second hand-kept list.
const esbuild = require('esbuild');
const path = require('path');
const vm = require('vm');

function exportNames(entryFile) {
  const out = esbuild.buildSync({
    entryPoints: [entryFile],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'neutral',
    target: 'es2019',
  });
  const module = { exports: {} };
  // Module top levels touch no Apps Script service, so an empty context is enough.
  vm.runInNewContext(out.outputFiles[0].text, { module, exports: module.exports });
  return Object.keys(module.exports).sort();
}

module.exports = function exposeEntryPoints(source) {
  const entryFile = path.resolve(path.dirname(this.resourcePath), 'entrypoints.ts');
  this.addDependency(entryFile);
  const names = exportNames(entryFile);
  const lines = names.map((name) => `global.${name} = entryPoints.${name};`);
  return `${source}\nimport * as entryPoints from './entrypoints';\n${lines.join('\n')}\n`;
};
