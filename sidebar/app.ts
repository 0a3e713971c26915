/**
 * The sidebar's state and its one render loop. Every server call goes through `run`, which holds
 * a single busy flag: while it is set every server-calling control renders disabled (no double
 * fire), a status line says what is running, and the call ends in a result or a plain error.
 */
import type { CalendarPreview, InfluenceBuildResult, SidebarState } from '../src/gas/api';
import type { SettingsProblem } from '../src/core/settings';
import type { Locale, ProgramType, ReviewStatus } from '../src/core/types';
import { sidebarText, type SidebarKey } from '../src/core/i18n/sidebar';
import type { Params } from '../src/core/i18n/messages';
import { h } from './dom';
import { plainError } from './errors';
import { draftOf, fieldId, type SettingsDraft } from './settings-form';
import { call } from './server';

export type TabId = 'overview' | 'actions' | 'journal' | 'settings' | 'influence' | 'import';
export const TABS: readonly TabId[] = ['overview', 'actions', 'journal', 'settings', 'influence', 'import'];

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

  render(): void {
    const tr = this.tr;
    const header = h(
      'header',
      { class: 'top' },
      h('h1', {}, 'Cadence'),
      h(
        'label',
        { class: 'lang' },
        h('span', { class: 'sr' }, tr('app.language')),
        h(
          'select',
          {
            id: 'language',
            disabled: this.busy !== null,
            onchange: (e) => void this.switchLanguage((e.target as HTMLSelectElement).value),
          },
          h('option', { value: 'en', selected: this.locale === 'en', lang: 'en' }, 'English'),
          h('option', { value: 'fr', selected: this.locale === 'fr', lang: 'fr' }, 'Français'),
        ),
      ),
    );
    const tabs = h(
      'div',
      { class: 'tabs', role: 'tablist', 'aria-label': tr('app.tabs') },
      TABS.map((tab, i) =>
        h(
          'button',
          {
            type: 'button',
            role: 'tab',
            id: `tab-${tab}`,
            'aria-selected': String(tab === this.tab),
            'aria-controls': 'panel',
            tabindex: tab === this.tab ? 0 : -1,
            onclick: () => this.setTab(tab),
            onkeydown: (e) => {
              const key = (e as KeyboardEvent).key;
              const step = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
              if (step === 0 && key !== 'Home' && key !== 'End') return;
              e.preventDefault();
              const next =
                key === 'Home'
                  ? 0
                  : key === 'End'
                    ? TABS.length - 1
                    : (i + step + TABS.length) % TABS.length;
              this.setTab(TABS[next], true);
            },
          },
          tr(`tab.${tab}`),
        ),
      ),
    );
    const status = h(
      'div',
      { id: 'status', class: 'status', role: 'status' },
      this.busy
        ? h(
            'span',
            { class: 'busy' },
            h('span', { class: 'spinner', 'aria-hidden': 'true' }),
            tr('busy.working', { action: tr(this.busy) }),
          )
        : this.notice?.kind === 'ok'
          ? h('span', { class: 'ok' }, '✓ ', this.notice.text)
          : null,
    );
    const alert = h(
      'div',
      { id: 'alert', class: 'alert', role: 'alert' },
      !this.busy && this.notice?.kind === 'error'
        ? [
            '⚠ ',
            this.notice.text,
            this.notice.link
              ? [
                  ' — ',
                  h(
                    'a',
                    {
                      id: 'grant-access',
                      href: this.notice.link.href,
                      target: '_blank',
                      rel: 'noopener noreferrer',
                    },
                    this.notice.link.label,
                  ),
                ]
              : null,
          ]
        : null,
      this.loadError ? ['⚠ ', this.loadError] : null,
    );
    const panel = this.state
      ? this.panels[this.tab](this)
      : h('p', { class: 'muted' }, this.loadError ? '' : tr('app.loading'));
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
      ? h('footer', { class: 'muted small' }, tr('app.version', { version: this.state.version }))
      : null;
    this.root.replaceChildren(header, tabs, status, alert, section, ...(footer ? [footer] : []));
    if (this.lastFocusId) {
      const el = document.getElementById(this.lastFocusId) as HTMLElement | null;
      if (el && !(el as HTMLButtonElement).disabled && document.activeElement !== el) el.focus();
    }
  }

  private async switchLanguage(value: string): Promise<void> {
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
