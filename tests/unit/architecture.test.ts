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

/**
 * Lints several probe files in one ESLint process (each process pays the config load): returns
 * the messages per probe, in order.
 */
function lintAll(probes: ReadonlyArray<{ code: string; file: string }>): string[][] {
  const script = `
    import { ESLint } from 'eslint';
    const probes = JSON.parse(await new Response(process.stdin).text());
    const eslint = new ESLint();
    const out = [];
    for (const p of probes) {
      const [r] = await eslint.lintText(p.code, { filePath: p.file });
      out.push(r.messages.map((m) => m.ruleId + ': ' + m.message));
    }
    process.stdout.write(JSON.stringify(out));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    input: JSON.stringify(probes),
    encoding: 'utf8',
  });
  return JSON.parse(run.stdout) as string[][];
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

describe('the in-memory Apps Script is a package of its own', () => {
  const nothingOfCadence = expect.stringContaining(
    'imitates Google on its own: it must import nothing of Cadence',
  );
  const byName = "import { createAppsScript } from '@cadence/apps-script-fake';\n";
  const use = 'export const c = createAppsScript;\n';

  it('rejects a package file importing Cadence at any depth; Cadence imports it by name, from Node only', () => {
    const [deep, test, core, gas, sidebar, local, deepPath] = lintAll([
      {
        code:
          "import type { CellValue } from '../../../../src/core/types';\n" +
          "import { a1 } from '../../../../src/core/text';\n" +
          "import { parseA1 } from '../a1';\n" +
          'export const x: [CellValue, unknown, unknown] = [1, a1, parseA1];\n',
        file: 'packages/apps-script-fake/src/spreadsheet/probe.ts',
      },
      {
        code: "import { weeks } from '../../../sidebar/weeks';\nexport const y = weeks;\n",
        file: 'packages/apps-script-fake/test/probe.test.ts',
      },
      { code: byName + use, file: 'src/core/probe.ts' },
      { code: byName + use, file: 'src/gas/probe.ts' },
      { code: byName + use, file: 'sidebar/probe.ts' },
      { code: byName + use, file: 'src/local/probe.ts' },
      {
        code: "import { createAppsScript } from '../../packages/apps-script-fake/src';\n" + use,
        file: 'tests/local/probe.test.ts',
      },
    ]);
    // The two Cadence imports are refused, the package's own module '../a1' is not.
    expect(deep).toEqual([nothingOfCadence, nothingOfCadence]);
    expect(test).toEqual([nothingOfCadence]);
    const nodeOnly = expect.stringContaining('for Node code (src/local, tests, bench) only');
    for (const messages of [core, gas, sidebar]) expect(messages).toEqual([nodeOnly]);
    expect(local).toEqual([]);
    expect(deepPath).toEqual([
      expect.stringContaining("by its package name: '@cadence/apps-script-fake'"),
    ]);
  });
});
