// `npm run build`: dist/ holds exactly what clasp pushes — Code.js, appsscript.json, Sidebar.html.
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

async function buildServer() {
  const webpack = require('webpack');
  const config = require(path.join(root, 'webpack.config.js'));
  const stats = await new Promise((resolve, reject) =>
    webpack(config, (err, result) => (err ? reject(err) : resolve(result))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
}

/** One self-contained HTML file: Apps Script serves it as is, and no CDN script may load. */
async function buildSidebar() {
  const result = await build({
    entryPoints: [path.join(root, 'sidebar/main.ts')],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    target: 'es2019',
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
  await writeFile(path.join(dist, 'Sidebar.html'), html);
}

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
await Promise.all([buildServer(), buildSidebar()]);
await copyFile(path.join(root, 'appsscript.json'), path.join(dist, 'appsscript.json'));
console.log('dist/: Code.js, appsscript.json, Sidebar.html');
