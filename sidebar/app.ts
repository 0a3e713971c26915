/**
 * The sidebar's state and its one render loop. Every server call goes through `run`, which holds
 * a single busy flag: while it is set every server-calling control renders disabled (no double
 * fire), a status line says what is running, and the call ends in a result or a plain error.
 */
import type {
  CalendarPreview,
  InfluenceBuildResult,
  SidebarState,
  SidebarTab,
} from '../src/gas/api';
import type { SettingsProblem } from '../src/core/settings';
import type { Locale, ProgramType, ReviewStatus } from '../src/core/types';
import { sidebarText, type SidebarKey } from '../src/core/i18n/sidebar';
import type { Params } from '../src/core/i18n/messages';
import { h } from './dom';
import { plainError } from './errors';
import { draftOf, fieldId, type SettingsDraft } from './settings-form';
import { alertBox, headerBar, statusLine, tabList } from './chrome';
import { call } from './server';

export type TabId = SidebarTab;
export const TABS: readonly TabId[] = [
  'overview',
  'actions',
  'journal',
  'settings',
  'influence',
  'import',
];

export interface Notice {
  readonly kind: 'ok' | 'error';
  readonly text: string;
  /** A link after the text, e.g. Google's page to grant a declined scope ("Grant access"). */
  readonly link?: { readonly href: string; readonly label: string };
}

export interface Filters {
  type: ProgramType | '';
  owner: string;
  status: ReviewStatus | '';
}

export type Panel = (app: App) => HTMLElement;

export class App {
  state: SidebarState | null = null;
  locale: Locale;
  tab: TabId = 'overview';
  busy: SidebarKey | null = null;
  notice: Notice | null = null;
  loadError: string | null = null;
  filters: Filters = { type: '', owner: '', status: '' };
  shown = 40;
  preview: CalendarPreview | null = null;
  draft: SettingsDraft | null = null;
  fieldErrors: Record<string, string> = {};
  influence: Notice | null = null;
  influenceSummary: InfluenceBuildResult['summary'] | null = null;
  private lastFocusId: string | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly panels: Readonly<Record<TabId, Panel>>,
    locale: Locale,
  ) {
    this.locale = locale;
    root.addEventListener('focusin', (e) => {
      const id = (e.target as HTMLElement).id;
      if (id) this.lastFocusId = id;
    });
  }

  tr = (key: SidebarKey, params?: Params): string => sidebarText(this.locale, key, params);

  /** Runs one server call; ignored while another runs. Returns undefined when it failed. */
  async run<T>(label: SidebarKey, work: () => Promise<T>): Promise<T | undefined> {
    if (this.busy) return undefined;
    this.busy = label;
    this.notice = null;
    this.render();
    try {
      return await work();
    } catch (error) {
      this.notice = {
        kind: 'error',
        text: this.tr('error.failed', {
          action: this.tr(label),
          message: plainError(this.locale, error),
        }),
      };
      return undefined;
    } finally {
      this.busy = null;
      this.render();
    }
  }

  async load(): Promise<void> {
    await this.run('action.load', async () => {
      try {
        await this.refreshState();
        // A menu item ("Import numbers from an export…") opens the sidebar on its own tab.
        if (this.state?.openTab) this.tab = this.state.openTab;
        this.loadError = null;
      } catch (error) {
        this.loadError = this.tr('error.load', { message: plainError(this.locale, error) });
      }
    });
  }

  /** Re-reads the state after an action changed the sheet or the settings. */
  async refreshState(): Promise<void> {
    const state = await call('getSidebarState');
    this.state = state;
    this.locale = state.settings.language ?? state.locale;
    this.draft = draftOf(state.settings);
    this.fieldErrors = {};
    document.documentElement.lang = this.locale;
  }

  /** A server action that answers with { ok, message } and may have changed the sheet. */
  async action(label: SidebarKey, work: () => Promise<{ ok: boolean; message: string }>) {
    await this.run(label, async () => {
      const result = await work();
      this.notice = { kind: result.ok ? 'ok' : 'error', text: result.message };
      if (result.ok) await this.refreshState();
    });
  }

  async select(work: () => Promise<{ ok: boolean; message: string }>): Promise<void> {
    await this.run('action.select', async () => {
      const result = await work();
      this.notice = { kind: result.ok ? 'ok' : 'error', text: result.message };
    });
  }

  setProblems(problems: readonly SettingsProblem[]): void {
    this.fieldErrors = {};
    for (const p of problems) {
      const params: Params = { min: p.min ?? '', max: p.max ?? '' };
      this.fieldErrors[p.field] = this.tr(`problem.${p.code}`, params);
    }
  }

  firstErrorId(): string | null {
    const field = Object.keys(this.fieldErrors)[0];
    return field === undefined ? null : fieldId(field);
  }

  setTab(tab: TabId, focus = false): void {
    this.tab = tab;
    this.render();
    if (focus) document.getElementById(`tab-${tab}`)?.focus();
  }

  focus(id: string): void {
    this.lastFocusId = id;
    document.getElementById(id)?.focus();
  }

  /** One pass over the whole sidebar: the chrome (chrome.ts), then the open tab's panel. */
  render(): void {
    const panel = this.state
      ? this.panels[this.tab](this)
      : h('p', { class: 'muted' }, this.loadError ? '' : this.tr('app.loading'));
    const section = h(
      'section',
      {
        id: 'panel',
        role: 'tabpanel',
        'aria-labelledby': `tab-${this.tab}`,
        'aria-busy': String(this.busy !== null),
      },
      panel,
    );
    const footer = this.state
      ? h(
          'footer',
          { class: 'muted small' },
          this.tr('app.version', { version: this.state.version }),
        )
      : null;
    this.root.replaceChildren(
      headerBar(this),
      tabList(this),
      statusLine(this),
      alertBox(this),
      section,
      ...(footer ? [footer] : []),
    );
    this.restoreFocus();
  }

  /** The control the user last used gets the focus back after a re-render (when still usable). */
  private restoreFocus(): void {
    if (!this.lastFocusId) return;
    const el = document.getElementById(this.lastFocusId) as HTMLElement | null;
    if (el && !(el as HTMLButtonElement).disabled && document.activeElement !== el) el.focus();
  }

  async switchLanguage(value: string): Promise<void> {
    const language: Locale = value === 'fr' ? 'fr' : 'en';
    this.locale = language;
    if (this.draft) this.draft.language = language;
    document.documentElement.lang = language;
    if (!this.state) return this.render();
    const settings = { ...this.state.settings, language };
    await this.run('action.language', async () => {
      const result = await call('saveSettings', settings);
      if (result.ok && this.state) this.state = { ...this.state, settings: result.settings };
      // Every panel at once: the server wrote the reasons, diagnostics and messages of the
      // overview in the old language, so the state is read again in the new one.
      if (result.ok) await this.refreshState();
    });
  }
}
