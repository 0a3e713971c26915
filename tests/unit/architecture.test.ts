/**
 * The architecture is enforced by ESLint (eslint.config.mjs). These tests prove the rules bite:
 * a core file that imports the Apps Script side, Node, or touches SpreadsheetApp fails lint.
 */
import { spawnSync } from 'child_process';
import path from 'path';

const root = path.resolve(__dirname, '../..');

interface LintResult {
  messages: Array<{ ruleId: string | null; message: string }>;
}

/** Runs the project's real ESLint CLI (its flat config is ESM, which jest's vm cannot load). */
async function lint(code: string, file: string): Promise<string[]> {
  const run = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/eslint/bin/eslint.js'),
      '--stdin',
      '--stdin-filename',
      file,
      '--format',
      'json',
    ],
    { cwd: root, input: code, encoding: 'utf8' },
  );
  const [result] = JSON.parse(run.stdout) as LintResult[];
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('import direction core ← gas ← local', () => {
  it('rejects a core file importing src/gas', async () => {
    const messages = await lint(
      "import { buildMenu } from '../gas/menu';\nexport const x = buildMenu;\n",
      'src/core/probe.ts',
    );
    expect(messages).toEqual([
      expect.stringContaining('src/core must not import src/gas or src/local'),
    ]);
  });

  it('rejects a core file importing src/local or Node', async () => {
    const messages = await lint(
      "import fs from 'fs';\nimport { a } from '../local/x';\nexport const y = [fs, a];\n",
      'src/core/probe.ts',
    );
    expect(messages).toHaveLength(2);
  });

  it('rejects a core file touching SpreadsheetApp', async () => {
    const messages = await lint(
      'export const s = SpreadsheetApp.getActive();\n',
      'src/core/probe.ts',
    );
    expect(messages).toEqual([expect.stringContaining('no Apps Script globals')]);
  });

  it('rejects a gas file importing src/local', async () => {
    const messages = await lint(
      "import { a } from '../local/x';\nexport const y = a;\n",
      'src/gas/probe.ts',
    );
    expect(messages).toEqual([expect.stringContaining('src/gas must not import src/local')]);
  });

  it('lets the sidebar import types from src/gas but not values', async () => {
    expect(
      await lint(
        "import type { ServerApi } from '../src/gas/api';\nexport type A = ServerApi;\n",
        'sidebar/probe.ts',
      ),
    ).toEqual([]);
    expect(
      await lint(
        "import { onOpen } from '../src/gas/entrypoints';\nexport const o = onOpen;\n",
        'sidebar/probe.ts',
      ),
    ).toHaveLength(1);
  });
});
