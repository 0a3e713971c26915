// `npm run build`, with esbuild alone:
//   dist/      exactly what clasp pushes — Code.js, appsscript.json, Sidebar.html;
//   dist-cli/  the `cadence` CLI as one file, with the Code.js it runs for `--out` beside it.
// Also imported by `npm start` (rebuild when stale) and jest's global setup (never test a stale dist/).
import { build } from 'esbuild';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const distCli = path.join(root, 'dist-cli');
const ENTRY_POINTS = path.join(root, 'src/gas/entrypoints.ts');
/** The bundle's one global; each entry point is a top-level function delegating to it. */
const BUNDLE_GLOBAL = 'CadenceAddOn';
const GAS_TARGET = 'es2019';

/**
 * Writes whole files only (a temporary file renamed over the old one): a test run or a preview
 * reading dist/ while another run rebuilds it never sees a missing or half-written file.
 */
async function writeOutput(file, content) {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, file);
}

/** Removes what an older build left in `folder` that this build does not write. */
async function keepOnly(folder, names) {
  await mkdir(folder, { recursive: true });
  // A .tmp file belongs to a build running at the same time: it renames it itself.
  const stale = (await readdir(folder)).filter(
    (name) => !names.includes(name) && !name.endsWith('.tmp'),
  );
  await Promise.all(
    stale.map((name) => rm(path.join(folder, name), { recursive: true, force: true })),
  );
}

/**
 * Apps Script finds callable functions (menu items, triggers, google.script.run) only among the
 * script's top-level function declarations, and would expose every top-level function to
 * google.script.run: so the add-on runs inside one function scope that returns the exports of
 * src/gas/entrypoints.ts, and only those are declared at the top level, each delegating to it.
 * esbuild writes the bundle as an ES module (unindented: Code.js stays as small as webpack's
 * was) whose last statement is its `export { … }` list; that list becomes the scope's return.
 */
async function buildServer() {
  const result = await build({
    entryPoints: [ENTRY_POINTS],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    // 'neutral' reads no package.json entry by default; kept libraries without an "exports" map
    // (fastest-levenshtein) are found through their ES module entry, else their main.
    mainFields: ['module', 'main'],
    target: GAS_TARGET,
    // Readable output: users read Code.js in the Apps Script editor when debugging.
    minify: false,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  const names = Object.values(result.metafile.outputs)[0].exports.slice().sort();
  const text = result.outputFiles[0].text;
  const exportList = /\nexport \{([^}]*)\};\n$/.exec(text);
  if (!exportList) throw new Error('esbuild output does not end with its export list');
  const members = exportList[1]
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const [local, exported = local] = item.split(/\s+as\s+/);
      return exported === local ? local : `${exported}: ${local}`;
    });
  const returned = members.map((m) => m.split(':')[0]).sort();
  if (returned.join() !== names.join())
    throw new Error(`export list ${returned} does not match the entry points ${names}`);
  const body = text.slice(0, exportList.index);
  const declarations = names.map(
    (name) => `function ${name}(...args) {\n  return ${BUNDLE_GLOBAL}.${name}(...args);\n}`,
  );
  const code = [
    `var ${BUNDLE_GLOBAL} = (function () {`,
    "'use strict';",
    body,
    `return { ${members.join(', ')} };`,
    '})();',
    ...declarations,
    '',
  ].join('\n');
  await writeOutput(path.join(dist, 'Code.js'), code);
  return code;
}

/** One self-contained HTML file: Apps Script serves it as is, and no CDN script may load. */
async function buildSidebar() {
  const result = await build({
    entryPoints: [path.join(root, 'sidebar/main.ts')],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    target: GAS_TARGET,
    outdir: 'out',
    loader: { '.css': 'css' },
    legalComments: 'none',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js')).text;
  const cssFile = result.outputFiles.find((f) => f.path.endsWith('.css'));
  const css = cssFile ? cssFile.text : '';
  const template = await readFile(path.join(root, 'sidebar/index.html'), 'utf8');
  // A literal "</script" inside the bundle would close the inline script early.
  const safeJs = js.replace(/<\/(script)/gi, '<\\/$1');
  const safeCss = css.replace(/<\/(style)/gi, '<\\/$1');
  const html = template.replace('/*__CSS__*/', () => safeCss).replace('/*__JS__*/', () => safeJs);
  await writeOutput(path.join(dist, 'Sidebar.html'), html);
}

/**
 * `cadence --help` must start about as fast as node itself, yet exceljs alone takes longer to
 * load than node does to start. These packages are each bundled into their own file under
 * dist-cli/vendor/, read only on first use: an import of one becomes a stand-in that loads the
 * real module when a property is first read. Each entry names the package's exports our code
 * imports ('default' for a default import).
 */
const LAZY_PACKAGES = {
  exceljs: ['default'],
  'cli-progress': ['default'],
  'csv-parse/sync': ['parse'],
};

const vendorFile = (name) => `vendor/${name.replace(/\//g, '-')}.js`;

const lazyPackages = {
  name: 'lazy-packages',
  setup(b) {
    const filter = new RegExp(`^(${Object.keys(LAZY_PACKAGES).join('|')})$`);
    b.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'lazy' }));
    b.onResolve({ filter: /^\.\/vendor\// }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => {
      const file = JSON.stringify(`./${vendorFile(args.path)}`);
      const load = `let loaded;\nconst load = () => (loaded ??= require(${file}));\n`;
      const exports = LAZY_PACKAGES[args.path].map((name) =>
        name === 'default'
          ? 'export default new Proxy({}, { get: (_, key) => load()[key] });'
          : `export const ${name} = (...args) => load().${name}(...args);`,
      );
      return { contents: `${load}${exports.join('\n')}\n`, resolveDir: root, loader: 'js' };
    });
  },
};

/** One lazily loaded package as one file: the package and everything it requires. */
async function buildVendor(name) {
  const result = await build({
    stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: root },
    bundle: true,
    write: false,
    outfile: path.join(distCli, vendorFile(name)),
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  await writeOutput(path.join(distCli, vendorFile(name)), result.outputFiles[0].contents);
}

/**
 * The packaged CLI: every dependency bundled (an installed package runs without tsx, webpack or
 * the sources), and Code.js copied beside it, found through CADENCE_BUNDLE_DIR (see code-runtime).
 */
async function buildCli(code) {
  await keepOnly(
    path.join(distCli, 'vendor'),
    Object.keys(LAZY_PACKAGES)
      .map(vendorFile)
      .map((f) => path.basename(f)),
  );
  const [result] = await Promise.all([
    build({
      entryPoints: [path.join(root, 'src/local/cli/main.ts')],
      bundle: true,
      write: false,
      outfile: path.join(distCli, 'cadence.js'),
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      minify: true,
      legalComments: 'none',
      define: { CADENCE_BUNDLE_DIR: '__dirname' },
      plugins: [lazyPackages],
      logLevel: 'warning',
    }),
    writeOutput(path.join(distCli, 'Code.js'), code),
    ...Object.keys(LAZY_PACKAGES).map(buildVendor),
  ]);
  await writeOutput(path.join(distCli, 'cadence.js'), result.outputFiles[0].contents);
}

export async function buildAll() {
  await Promise.all([
    keepOnly(dist, ['Code.js', 'Sidebar.html', 'appsscript.json']),
    keepOnly(distCli, ['cadence.js', 'Code.js', 'vendor']),
  ]);
  const [code] = await Promise.all([
    buildServer(),
    buildSidebar(),
    readFile(path.join(root, 'appsscript.json')).then((manifest) =>
      writeOutput(path.join(dist, 'appsscript.json'), manifest),
    ),
  ]);
  await buildCli(code);
}

/** The newest modification time under the build's inputs. */
function newestInput() {
  const newest = (p) => {
    const s = statSync(p);
    if (!s.isDirectory()) return s.mtimeMs;
    return Math.max(s.mtimeMs, ...readdirSync(p).map((f) => newest(path.join(p, f))));
  };
  return Math.max(
    ...['src', 'sidebar', 'appsscript.json', 'package-lock.json', 'scripts/build.mjs'].map((p) =>
      newest(path.join(root, p)),
    ),
  );
}

/** True when an output is missing or older than a source file. */
export function isStale() {
  const outputs = [
    'dist/Code.js',
    'dist/Sidebar.html',
    'dist/appsscript.json',
    'dist-cli/cadence.js',
  ];
  try {
    const oldest = Math.min(...outputs.map((f) => statSync(path.join(root, f)).mtimeMs));
    return oldest < newestInput();
  } catch {
    return true;
  }
}

// No top-level await: jest's global setup loads this module with require().
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildAll().then(
    () =>
      console.log('dist/: Code.js, appsscript.json, Sidebar.html · dist-cli/: cadence.js, Code.js'),
    (error) => {
      console.error(error.message);
      process.exitCode = 1;
    },
  );
}
