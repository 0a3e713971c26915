import { format } from 'util';
import { SERVICE, tag } from './instrument';

export interface LogEntry {
  readonly level: 'log' | 'info' | 'warn' | 'error';
  readonly message: string;
}

/** Logger.log and console.* write here instead of to the test runner's output. */
export class LogRecorder {
  readonly entries: LogEntry[] = [];
  add(level: LogEntry['level'], args: unknown[]): void {
    this.entries.push({ level, message: args.length === 0 ? '' : format(...args) });
  }
  messages(): string[] {
    return this.entries.map((e) => e.message);
  }
}

export class Logger {
  static readonly [SERVICE] = tag('Logger', 'Logger');
  private lines: string[] = [];
  constructor(private readonly recorder: LogRecorder) {}
  log(data: unknown, ...values: unknown[]): Logger {
    const message =
      values.length > 0 && typeof data === 'string' ? format(data, ...values) : format(data);
    this.lines.push(message);
    this.recorder.entries.push({ level: 'log', message });
    return this;
  }
  getLog(): string {
    return this.lines.join('\n');
  }
  clear(): void {
    this.lines = [];
  }
}

/** The Apps Script `console`, recording instead of printing. Not counted as service calls. */
export function recordingConsole(
  recorder: LogRecorder,
): Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'time' | 'timeEnd'> {
  return {
    log: (...args: unknown[]) => recorder.add('log', args),
    info: (...args: unknown[]) => recorder.add('info', args),
    warn: (...args: unknown[]) => recorder.add('warn', args),
    error: (...args: unknown[]) => recorder.add('error', args),
    time: () => undefined,
    timeEnd: () => undefined,
  };
}
