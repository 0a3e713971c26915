import type { Conform } from '../conform';
import { SERVICE, tag } from '../instrument';
import { enumName, makeEnum } from '../values';
import type { HtmlOutput } from '../html';
import type { SheetsPairs } from './pairs';

export const Button = makeEnum([
  'CLOSE',
  'OK',
  'CANCEL',
  'YES',
  'NO',
]) as unknown as typeof GoogleAppsScript.Base.Button;
export const ButtonSet = makeEnum([
  'OK',
  'OK_CANCEL',
  'YES_NO',
  'YES_NO_CANCEL',
]) as unknown as typeof GoogleAppsScript.Base.ButtonSet;

type GasButton = GoogleAppsScript.Base.Button;
type GasButtonSet = GoogleAppsScript.Base.ButtonSet;
type GasHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export type MenuEntry =
  | { readonly kind: 'item'; readonly caption: string; readonly functionName: string }
  | { readonly kind: 'separator' }
  | { readonly kind: 'submenu'; readonly caption: string; readonly entries: readonly MenuEntry[] };

export interface RecordedMenu {
  /** 'addon' for createAddonMenu (Sheets titles it with the add-on's name). */
  readonly kind: 'addon' | 'custom';
  readonly caption: string;
  readonly entries: readonly MenuEntry[];
}

export interface RecordedAlert {
  readonly title: string | null;
  readonly prompt: string;
  readonly buttons: string;
  readonly answer: string;
}

export interface RecordedPanel {
  readonly kind: 'sidebar';
  readonly title: string;
  readonly content: string;
  readonly width: number;
  readonly height: number;
}

export interface RecordedToast {
  readonly message: string;
  readonly title: string;
  readonly timeoutSeconds: number;
}

/** Everything the add-on showed the user, in order, for tests to read. */
export class UiLog {
  readonly menus: RecordedMenu[] = [];
  readonly alerts: RecordedAlert[] = [];
  readonly panels: RecordedPanel[] = [];
  readonly toasts: RecordedToast[] = [];
  private answers: string[] = [];

  get sidebars(): RecordedPanel[] {
    return this.panels.filter((p) => p.kind === 'sidebar');
  }

  /** The next alert returns this button (by name: 'YES', 'NO', 'CANCEL', 'OK', 'CLOSE'). */
  answerNextAlert(button: string): void {
    this.answers.push(button);
  }
  takeAnswer(buttons: string): string {
    return this.answers.shift() ?? (buttons.startsWith('YES') ? 'YES' : 'OK');
  }
}

export class Menu implements Conform<
  GoogleAppsScript.Base.Menu,
  'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi',
  SheetsPairs
> {
  static readonly [SERVICE] = tag('SpreadsheetApp', 'Menu');
  readonly entries: MenuEntry[] = [];
  constructor(
    private readonly log: UiLog,
    readonly kind: 'addon' | 'custom',
    readonly caption: string,
  ) {}
  addItem(caption: string, functionName: string): Menu {
    this.entries.push({ kind: 'item', caption, functionName });
    return this;
  }
  addSeparator(): Menu {
    this.entries.push({ kind: 'separator' });
    return this;
  }
  addSubMenu(menu: GoogleAppsScript.Base.Menu | Menu): Menu {
    const sub = menu as Menu;
    this.entries.push({ kind: 'submenu', caption: sub.caption, entries: [...sub.entries] });
    return this;
  }
  addToUi(): void {
    const i = this.log.menus.findIndex((m) => m.kind === this.kind && m.caption === this.caption);
    const recorded: RecordedMenu = {
      kind: this.kind,
      caption: this.caption,
      entries: [...this.entries],
    };
    if (i >= 0) this.log.menus[i] = recorded;
    else this.log.menus.push(recorded);
  }
}

type UiMethods =
  'Button' | 'ButtonSet' | 'alert' | 'createAddonMenu' | 'createMenu' | 'showSidebar';

function panelOf(
  kind: RecordedPanel['kind'],
  ui: GasHtmlOutput | HtmlOutput,
  title?: string,
): RecordedPanel {
  return {
    kind,
    title: title ?? ui.getTitle(),
    content: ui.getContent(),
    width: ui.getWidth(),
    height: ui.getHeight(),
  };
}

export class Ui implements Conform<GoogleAppsScript.Base.Ui, UiMethods, SheetsPairs> {
  static readonly [SERVICE] = tag('SpreadsheetApp', 'Ui');
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(private readonly log: UiLog) {}

  alert(
    titleOrPrompt: string,
    promptOrButtons?: string | GasButtonSet,
    buttons?: GasButtonSet,
  ): GasButton {
    const hasTitle = buttons !== undefined;
    const set = enumName(hasTitle ? buttons : (promptOrButtons ?? 'OK'));
    const answer = this.log.takeAnswer(set);
    this.log.alerts.push({
      title: hasTitle ? titleOrPrompt : null,
      prompt: hasTitle ? String(promptOrButtons) : titleOrPrompt,
      buttons: set,
      answer,
    });
    return answer as unknown as GasButton;
  }
  createAddonMenu(): Menu {
    return new Menu(this.log, 'addon', '');
  }
  createMenu(caption: string): Menu {
    return new Menu(this.log, 'custom', caption);
  }
  showSidebar(userInterface: GasHtmlOutput | HtmlOutput): void {
    this.log.panels.push(panelOf('sidebar', userInterface));
  }
}
