/**
 * The preview page: one HTML shell plus a script and a stylesheet bundled from page/ with esbuild
 * when the server starts (no CDN, nothing fetched from the network).
 */
import { build } from 'esbuild';
import path from 'path';

export interface PageAssets {
  readonly html: string;
  readonly js: string;
  readonly css: string;
}

const PAGE_DIR = path.join(__dirname, 'page');

export async function buildPageAssets(lang: 'en' | 'fr'): Promise<PageAssets> {
  const result = await build({
    entryPoints: [path.join(PAGE_DIR, 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    outdir: 'out',
    loader: { '.css': 'css' },
    legalComments: 'none',
    logLevel: 'silent',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
  const css = result.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';
  const html = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cadence — local preview</title>
<link rel="stylesheet" href="/app.css">
<script defer src="/app.js"></script>
</head>
<body>
<noscript>The Cadence preview needs JavaScript.</noscript>
</body>
</html>
`;
  return { html, js, css };
}
