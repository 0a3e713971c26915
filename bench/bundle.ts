import { statSync } from 'fs';
import path from 'path';
import type { Figures } from './figures';

const root = path.resolve(__dirname, '..');

/** What clasp pushes, and what the packaged CLI ships. */
export function benchBundle(): Figures {
  const files = [
    'dist/Code.js',
    'dist/Sidebar.html',
    'dist/appsscript.json',
    'dist-cli/cadence.js',
    'dist-cli/Code.js',
  ];
  return Object.fromEntries(
    files.map((file) => [`${file} (bytes)`, statSync(path.join(root, file)).size]),
  );
}
