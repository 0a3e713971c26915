import './style.css';
import { localeFrom } from '../src/core/i18n/messages';
import { App } from './app';
import { actionsPanel } from './panels/actions';
import { importPanel } from './panels/import';
import { influencePanel } from './panels/influence';
import { journalPanel } from './panels/journal';
import { overviewPanel } from './panels/overview';
import { settingsPanel } from './panels/settings';

const root = document.getElementById('app') as HTMLElement;
const app = new App(
  root,
  {
    overview: overviewPanel,
    actions: actionsPanel,
    journal: journalPanel,
    settings: settingsPanel,
    influence: influencePanel,
    import: importPanel,
  },
  localeFrom(navigator.language),
);
app.render();
void app.load();
