/**
 * `npm start [-- file.xlsx] [--port n] [--tz Area/City] [--lang en|fr]`: the local preview.
 * Errors are one line on stderr with exit code 2, as in the CLI.
 */
import { Command, CommanderError } from 'commander';
import { existsSync } from 'fs';
import path from 'path';
import { isValidTimeZone } from '../../core/dates';
import { DIST } from '../code-runtime';
import { InputError } from '../files/read-grid';
import { startPreview } from './server';
import { previewEnv } from './workbook-env';

const DEFAULT_PORT = 5173;

interface Options {
  port?: string;
  tz?: string;
  lang: string;
}

function portOf(text: string | undefined): number {
  const raw = text ?? process.env.PORT ?? String(DEFAULT_PORT);
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535)
    throw new InputError(`--port: expected 0-65535, got "${raw}"`);
  return port;
}

async function run(given: string | undefined, options: Options): Promise<void> {
  // npm runs scripts from the package root; a relative path means the user's own directory.
  const file = given === undefined ? undefined : path.resolve(process.env.INIT_CWD ?? '.', given);
  const timeZone = options.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!isValidTimeZone(timeZone))
    throw new InputError(
      `--tz: unknown time zone "${timeZone}" (use Area/City, e.g. Europe/Paris)`,
    );
  if (options.lang !== 'en' && options.lang !== 'fr')
    throw new InputError(`--lang must be en or fr, got "${options.lang}"`);
  const port = portOf(options.port);
  for (const f of ['Code.js', 'Sidebar.html']) {
    if (!existsSync(path.join(DIST, f)))
      throw new InputError(`dist/${f} is missing: run \`npm run build\` first`);
  }
  if (file !== undefined && !existsSync(file)) throw new InputError(`${file}: file not found`);
  const env = await previewEnv({ file: file ?? null, timeZone, lang: options.lang });
  const shown = file ?? 'examples/review.xlsx + examples/touches.csv';
  const preview = await startPreview({
    env,
    port,
    file: file ? path.basename(file) : 'review.xlsx',
    lang: options.lang,
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE')
      throw new InputError(`port ${port} is in use: try --port ${port + 1} (or --port 0 for any)`);
    throw error;
  });
  process.stdout.write(
    `Cadence preview of ${shown} (${timeZone}, ${options.lang})\n  ${preview.url}\nCtrl-C to stop.\n`,
  );
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    preview.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const program = new Command()
  .name('npm start --')
  .description('Local preview of the Cadence add-on on a workbook, in your browser.')
  .argument('[file]', 'a workbook (.xlsx) or sheet (.csv); default: the example workbook')
  .option('--port <n>', `port on 127.0.0.1 (default: $PORT or ${DEFAULT_PORT}; 0 = any free)`)
  .option('--tz <zone>', "the spreadsheet's time zone (default: this machine's)")
  .option('--lang <en|fr>', "the user's language", 'en')
  .exitOverride()
  .configureOutput({ outputError: (text, write) => write(text.split('\n')[0] + '\n') })
  .action(run);

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : 2);
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`cadence preview: ${message.split('\n')[0]}\n`);
  process.exit(2);
});
