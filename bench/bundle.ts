import { statSync } from 'fs';
import path from 'path';
import type { BenchRow } from './table';

const dist = path.resolve(__dirname, '../dist');

export async function benchBundle(): Promise<BenchRow[]> {
  return ['Code.js', 'Sidebar.html', 'appsscript.json'].map((file) => ({
    figure: `dist/${file} (bytes)`,
    value: String(statSync(path.join(dist, file)).size),
  }));
}
