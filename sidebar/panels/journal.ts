/**
 * Journal: "4 changes need a reason" — each entry takes why, a decision (keep / change / stop /
 * investigate), an owner and a follow-up date, saved into the entry's own cells of the Journal
 * sheet. Below, "Capture baselines": the proposed values, written only when the user captures.
 * Sheet text is data: every string goes through h() as a text node.
 */
import type {
  BaselinePreview,
  BaselineProposalJson,
  JournalItem,
  JournalView,
} from '../../src/gas/api';
import { DECISIONS } from '../../src/core/journal/decisions';
import type { App } from '../app';
import { h } from '../dom';
import { serverButton } from '../server-button';
import { formatDate } from '../format';
import { call } from '../server';

interface Draft {
  program: string;
  date: string;
  why: string;
  decision: string;
  owner: string;
  followUp: string;
}

interface JournalState {
  view: JournalView | null;
  loading: boolean;
  editing: Draft | null;
  baselines: BaselinePreview | null;
  unchecked: Set<number>;
}

const states = new WeakMap<App, JournalState>();

function stateOf(app: App): JournalState {
  let s = states.get(app);
  if (!s) {
    s = { view: null, loading: false, editing: null, baselines: null, unchecked: new Set() };
    states.set(app, s);
  }
  return s;
}

async function load(app: App, s: JournalState): Promise<void> {
  s.loading = true;
  await app.run('action.journalLoad', async () => {
    s.view = await call('getJournal');
    if (!s.view.ok) app.notice = { kind: 'error', text: s.view.message };
  });
  s.loading = false;
}

const draftOf = (item: JournalItem): Draft => ({
  program: item.program,
  date: item.date,
  why: item.why,
  decision: item.decision,
  owner: item.owner,
  followUp: item.followUp,
});

function field(label: string, id: string, control: HTMLElement): HTMLElement {
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

function editor(app: App, s: JournalState, d: Draft): HTMLElement {
  const busy = app.busy !== null;
  return h(
    'form',
    {
      class: 'journal-form',
      onsubmit: (e) => {
        e.preventDefault();
        void app.run('action.journalSave', async () => {
          const result = await call('saveJournalEntry', { ...d });
          app.notice = { kind: result.ok ? 'ok' : 'error', text: result.message };
          if (!result.ok) return;
          s.editing = null;
          s.view = await call('getJournal');
          await app.refreshState();
        });
      },
    },
    field(
      app.tr('journal.why'),
      'j-why',
      h('textarea', { id: 'j-why', rows: 3, value: d.why, oninput: (e) => (d.why = (e.target as HTMLTextAreaElement).value) }),
    ),
    field(
      app.tr('journal.decision'),
      'j-decision',
      h(
        'select',
        { id: 'j-decision', onchange: (e) => (d.decision = (e.target as HTMLSelectElement).value) },
        h('option', { value: '', selected: d.decision === '' }, app.tr('journal.decision.none')),
        DECISIONS.map((k) =>
          h('option', { value: k, selected: d.decision === k }, app.tr(`journal.decision.${k}`)),
        ),
      ),
    ),
    field(
      app.tr('journal.owner'),
      'j-owner',
      h('input', { id: 'j-owner', type: 'text', value: d.owner, oninput: (e) => (d.owner = (e.target as HTMLInputElement).value) }),
    ),
    field(
      app.tr('journal.followUp'),
      'j-follow-up',
      h('input', { id: 'j-follow-up', type: 'date', value: d.followUp, oninput: (e) => (d.followUp = (e.target as HTMLInputElement).value) }),
    ),
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'submit', id: 'j-save', class: 'primary', disabled: busy }, app.tr('journal.save')),
      ' ',
      h(
        'button',
        { type: 'button', id: 'j-cancel', disabled: busy, onclick: () => ((s.editing = null), app.render()) },
        app.tr('journal.cancel'),
      ),
    ),
  );
}

function entryCard(app: App, s: JournalState, item: JournalItem, i: number): HTMLElement {
  const open = s.editing !== null && s.editing.program === item.program && s.editing.date === item.date;
  const decision = item.decision ? app.tr(`journal.decision.${item.decision}`) : item.decisionText;
  return h(
    'li',
    { class: `card journal-entry${item.needsReason ? ' needs-reason' : ''}` },
    h('div', {}, h('strong', {}, item.program), item.date ? [' · ', formatDate(app.locale, item.date)] : null),
    h('div', { class: 'small' }, item.change, item.metric ? [' · ', item.metric] : null, item.signal ? [' · ', item.signal] : null),
    item.why ? h('div', { class: 'small reason' }, app.tr('journal.reason', { why: item.why })) : null,
    decision || item.owner || item.followUp
      ? h(
          'div',
          { class: 'small muted' },
          [decision, item.owner, item.followUp ? formatDate(app.locale, item.followUp) : '']
            .filter((x) => x !== '')
            .join(' · '),
        )
      : null,
    open
      ? editor(app, s, s.editing as Draft)
      : serverButton(
          app,
          {
            id: `j-explain-${i}`,
            onclick: () => ((s.editing = draftOf(item)), app.render(), app.focus('j-why')),
          },
          app.tr(item.needsReason ? 'journal.explain' : 'journal.edit'),
        ),
  );
}

/** A rate Sheets hands over as a plain fraction (0.0333) reads as the user sees it: 3.33 %. */
function shownValue(app: App, p: BaselineProposalJson): string {
  if (!p.isRate || !/^-?[\d.]+$/.test(p.text)) return p.text;
  return new Intl.NumberFormat(app.locale, { style: 'percent', maximumFractionDigits: 2 }).format(
    p.value,
  );
}

function baselinesSection(app: App, s: JournalState): HTMLElement {
  const b = s.baselines;
  const chosen = b ? b.proposals.filter((p) => !s.unchecked.has(p.row)) : [];
  return h(
    'div',
    { class: 'baselines' },
    h('h2', {}, app.tr('baselines.title')),
    h('p', { class: 'muted small', id: 'baselines-help' }, app.tr('baselines.help')),
    serverButton(
      app,
      {
        id: 'baselines-find',
        'aria-describedby': 'baselines-help',
        onclick: () =>
          void app.run('action.baselinesFind', async () => {
            s.baselines = await call('previewBaselines');
            s.unchecked = new Set();
            if (!s.baselines.ok) app.notice = { kind: 'error', text: s.baselines.message };
          }),
      },
      app.tr('baselines.find'),
    ),
    b && b.ok && b.proposals.length === 0 ? h('p', { class: 'ok', id: 'baselines-none' }, b.message) : null,
    b && b.proposals.length > 0
      ? [
          h(
            'ul',
            { class: 'plain', id: 'baselines-list' },
            b.proposals.map((p) =>
              h(
                'li',
                {},
                h(
                  'label',
                  {},
                  h('input', {
                    type: 'checkbox',
                    checked: !s.unchecked.has(p.row),
                    onchange: (e) => {
                      if ((e.target as HTMLInputElement).checked) s.unchecked.delete(p.row);
                      else s.unchecked.add(p.row);
                      app.render();
                    },
                  }),
                  ' ',
                  h('strong', {}, `${p.cell} ${p.name}`),
                  ' ← ',
                  p.imported
                    ? app.tr('baselines.fromImport', { value: shownValue(app, p), source: p.imported.source, date: formatDate(app.locale, p.imported.date), cell: p.fromCell })
                    : app.tr('baselines.from', { value: shownValue(app, p), date: formatDate(app.locale, p.from), cell: p.fromCell }),
                  ', ',
                  app.tr(`baselines.${p.goLive}`),
                ),
              ),
            ),
          ),
          serverButton(
            app,
            {
              id: 'baselines-capture',
              class: 'primary',
              disabled: chosen.length === 0,
              onclick: () =>
                void app.action('action.baselinesCapture', async () => {
                  const result = await call('captureBaselines', chosen.map((p) => p.row));
                  if (result.ok) s.baselines = null;
                  return result;
                }),
            },
            app.tr('baselines.capture', { count: chosen.length }),
          ),
        ]
      : null,
  );
}

/** Entries the user deleted from the Journal sheet stay out; Restore adds them back. */
function dismissedLine(app: App, s: JournalState, count: number): HTMLElement {
  return h(
    'p',
    { class: 'muted small', id: 'journal-dismissed' },
    app.tr('journal.dismissed', { count }),
    ' ',
    h(
      'button',
      {
        type: 'button',
        id: 'journal-restore',
        disabled: app.busy !== null,
        onclick: () =>
          void app.action('action.journalRestore', async () => {
            const result = await call('restoreJournalEntries');
            if (result.ok) s.view = await call('getJournal');
            return result;
          }),
      },
      app.tr('journal.restore'),
    ),
  );
}

export function journalPanel(app: App): HTMLElement {
  const s = stateOf(app);
  // The first time the tab opens: read the journal (adding the changes that need a reason).
  if (s.view === null && !s.loading && app.busy === null) queueMicrotask(() => void load(app, s));
  const view = s.view;
  return h(
    'div',
    {},
    // Short, and first: a missing baseline is best caught before the reasons are written.
    baselinesSection(app, s),
    h('h2', {}, app.tr('journal.title')),
    h('p', { class: 'muted small' }, app.tr('journal.help')),
    view && view.ok
      ? [
          h(
            'p',
            { id: 'journal-count', class: view.needReason > 0 ? 'attention' : 'ok' },
            view.items.length === 0
              ? app.tr('journal.empty')
              : view.needReason > 0
                ? app.tr('journal.needReason', { count: view.needReason })
                : app.tr('journal.allExplained'),
          ),
          view.dismissed > 0 ? dismissedLine(app, s, view.dismissed) : null,
          h('ul', { class: 'plain', id: 'journal-list' }, view.items.map((item, i) => entryCard(app, s, item, i))),
        ]
      : null,
  );
}
