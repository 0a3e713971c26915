import './style.css';
import { localeFrom, t } from '../src/core/i18n/messages';
import { call } from './server';

function render(root: HTMLElement, title: string, text: string, isError = false): void {
  root.replaceChildren();
  const h1 = document.createElement('h1');
  h1.textContent = title;
  const p = document.createElement('p');
  p.textContent = text;
  if (isError) p.className = 'error';
  root.append(h1, p);
}

const root = document.getElementById('app') as HTMLElement;
const browserLocale = localeFrom(navigator.language);
call('getSidebarState')
  .then((state) =>
    render(root, t(state.locale, 'sidebar.title'), t(state.locale, 'sidebar.welcome')),
  )
  .catch((error: Error) =>
    render(root, 'Cadence', t(browserLocale, 'error.generic', { message: error.message }), true),
  );
