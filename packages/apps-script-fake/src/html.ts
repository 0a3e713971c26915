import * as fs from 'fs';
import * as path from 'path';
import type { Conform } from './conform';
import { APPS_SCRIPT_ERRORS } from './errors';
import { SERVICE, tag } from './instrument';
import { makeEnum } from './values';
import type { World } from './world';

/**
 * HtmlService: outputs built from strings or from '<name>.html' files in a directory (dist/ by
 * default, where the build puts Sidebar.html), and templates with <?= ?>, <?!= ?> and <? ?>.
 */
export const SandboxMode = makeEnum([
  'EMULATED',
  'IFRAME',
  'NATIVE',
]) as unknown as typeof GoogleAppsScript.HTML.SandboxMode;
export const XFrameOptionsMode = makeEnum([
  'ALLOWALL',
  'DEFAULT',
]) as unknown as typeof GoogleAppsScript.HTML.XFrameOptionsMode;

type HtmlPairs =
  | readonly [GoogleAppsScript.HTML.HtmlOutput, HtmlOutput]
  | readonly [GoogleAppsScript.HTML.HtmlTemplate, HtmlTemplate];

type OutputMethods =
  | 'append'
  | 'clear'
  | 'getContent'
  | 'getHeight'
  | 'getTitle'
  | 'getWidth'
  | 'setTitle'
  | 'setWidth';

export class HtmlOutput implements Conform<
  GoogleAppsScript.HTML.HtmlOutput,
  OutputMethods,
  HtmlPairs
> {
  static readonly [SERVICE] = tag('HtmlService', 'HtmlOutput');
  title = '';
  width = 300;
  height = 0;

  constructor(public content: string) {}
  append(addedContent: string): HtmlOutput {
    this.content += addedContent;
    return this;
  }
  clear(): HtmlOutput {
    this.content = '';
    return this;
  }
  getContent(): string {
    return this.content;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): HtmlOutput {
    this.title = title;
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  setWidth(width: number): HtmlOutput {
    this.width = width;
    return this;
  }
  getHeight(): number {
    return this.height;
  }
}

function escapeHtml(text: unknown): string {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Compiles scriptlets to a function body: text is printed, <?= ?> escaped, <?!= ?> raw. */
function compileTemplate(source: string): string {
  let code = 'var __out = [];\n';
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    code += `__out.push(${JSON.stringify(source.slice(last, m.index))});\n`;
    if (m[1] === '=') code += `__out.push(__escape(${m[2]}));\n`;
    else if (m[1] === '!=') code += `__out.push(String(${m[2]}));\n`;
    else code += `${m[2]}\n`;
    last = m.index + m[0].length;
  }
  code += `__out.push(${JSON.stringify(source.slice(last))});\nreturn __out.join('');`;
  return code;
}

export class HtmlTemplate {
  static readonly [SERVICE] = tag('HtmlService', 'HtmlTemplate');
  [propName: string]: unknown;

  constructor(private readonly source: string) {}

  evaluate(): HtmlOutput {
    const data: Record<string, unknown> = {};
    for (const key of Object.keys(this)) if (key !== 'source') data[key] = this[key];
    // Template variables are the template's own properties, as in Apps Script (sloppy-mode `with`).
    const run = new Function(
      '__data',
      '__escape',
      `with (__data) {\n${compileTemplate(this.source)}\n}`,
    ) as (d: Record<string, unknown>, e: (t: unknown) => string) => string;
    return new HtmlOutput(run(data, escapeHtml));
  }
}

type ServiceMethods = 'SandboxMode' | 'XFrameOptionsMode' | 'createHtmlOutputFromFile';

export class HtmlService implements Conform<
  GoogleAppsScript.HTML.HtmlService,
  ServiceMethods,
  HtmlPairs
> {
  static readonly [SERVICE] = tag('HtmlService', 'HtmlService');
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(private readonly world: World) {}

  private read(filename: string): string {
    const file = path.join(
      this.world.settings.htmlDir,
      filename.endsWith('.html') ? filename : `${filename}.html`,
    );
    if (!fs.existsSync(file)) throw new Error(APPS_SCRIPT_ERRORS.noHtmlFile(filename));
    return fs.readFileSync(file, 'utf8');
  }
  createHtmlOutputFromFile(filename: string): HtmlOutput {
    const out = new HtmlOutput(this.read(filename));
    return out;
  }
  createTemplate(html: string | GoogleAppsScript.Base.BlobSource): HtmlTemplate {
    return new HtmlTemplate(typeof html === 'string' ? html : html.getBlob().getDataAsString());
  }
}
