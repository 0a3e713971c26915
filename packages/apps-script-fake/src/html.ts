import * as fs from 'fs';
import * as path from 'path';
import type { Conform } from './conform';
import { APPS_SCRIPT_ERRORS } from './errors';
import { SERVICE, tag } from './instrument';
import { enumName, makeEnum } from './values';
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
  | readonly [GoogleAppsScript.HTML.HtmlTemplate, HtmlTemplate]
  | readonly [GoogleAppsScript.HTML.HtmlOutputMetaTag, HtmlOutputMetaTag];

export class HtmlOutputMetaTag implements Conform<
  GoogleAppsScript.HTML.HtmlOutputMetaTag,
  'getContent' | 'getName',
  HtmlPairs
> {
  static readonly [SERVICE] = tag('HtmlService', 'HtmlOutputMetaTag');
  constructor(
    private readonly name: string,
    private readonly content: string,
  ) {}
  getName(): string {
    return this.name;
  }
  getContent(): string {
    return this.content;
  }
}

type OutputMethods =
  | 'addMetaTag'
  | 'append'
  | 'appendUntrusted'
  | 'clear'
  | 'getContent'
  | 'getFaviconUrl'
  | 'getHeight'
  | 'getMetaTags'
  | 'getTitle'
  | 'getWidth'
  | 'setContent'
  | 'setFaviconUrl'
  | 'setHeight'
  | 'setSandboxMode'
  | 'setTitle'
  | 'setWidth'
  | 'setXFrameOptionsMode';

export class HtmlOutput implements Conform<
  GoogleAppsScript.HTML.HtmlOutput,
  OutputMethods,
  HtmlPairs
> {
  static readonly [SERVICE] = tag('HtmlService', 'HtmlOutput');
  title = '';
  width = 300;
  height = 0;
  faviconUrl = '';
  sandboxMode = 'IFRAME';
  xFrameOptionsMode = 'DEFAULT';
  readonly metaTags: Array<{ name: string; content: string }> = [];

  constructor(public content: string) {}

  addMetaTag(name: string, content: string): HtmlOutput {
    this.metaTags.push({ name, content });
    return this;
  }
  getMetaTags(): HtmlOutputMetaTag[] {
    return this.metaTags.map((m) => new HtmlOutputMetaTag(m.name, m.content));
  }
  append(addedContent: string): HtmlOutput {
    this.content += addedContent;
    return this;
  }
  appendUntrusted(addedContent: string): HtmlOutput {
    this.content += escapeHtml(addedContent);
    return this;
  }
  clear(): HtmlOutput {
    this.content = '';
    return this;
  }
  getContent(): string {
    return this.content;
  }
  setContent(content: string): HtmlOutput {
    this.content = content;
    return this;
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
  setHeight(height: number): HtmlOutput {
    this.height = height;
    return this;
  }
  getFaviconUrl(): string {
    return this.faviconUrl;
  }
  setFaviconUrl(iconUrl: string): HtmlOutput {
    this.faviconUrl = iconUrl;
    return this;
  }
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): HtmlOutput {
    this.sandboxMode = enumName(mode);
    return this;
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): HtmlOutput {
    this.xFrameOptionsMode = enumName(mode);
    return this;
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
  getCode(): string {
    return compileTemplate(this.source);
  }
  getCodeWithComments(): string {
    return compileTemplate(this.source);
  }
  getRawContent(): string {
    return this.source;
  }
}

type ServiceMethods =
  | 'SandboxMode'
  | 'XFrameOptionsMode'
  | 'createHtmlOutputFromFile'
  | 'createTemplateFromFile'
  | 'getUserAgent';

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

  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): HtmlOutput {
    if (html === undefined) return new HtmlOutput('');
    return new HtmlOutput(typeof html === 'string' ? html : html.getBlob().getDataAsString());
  }
  createHtmlOutputFromFile(filename: string): HtmlOutput {
    const out = new HtmlOutput(this.read(filename));
    return out;
  }
  createTemplate(html: string | GoogleAppsScript.Base.BlobSource): HtmlTemplate {
    return new HtmlTemplate(typeof html === 'string' ? html : html.getBlob().getDataAsString());
  }
  createTemplateFromFile(filename: string): HtmlTemplate {
    return new HtmlTemplate(this.read(filename));
  }
  getUserAgent(): string {
    return 'Mozilla/5.0 (in-memory Apps Script)';
  }
}
