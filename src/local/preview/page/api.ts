/** The page's calls to the preview server (same origin, JSON only). */
import type { ActionAnswer, PreviewState, SheetView } from '../view-types';

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { cache: 'no-store' });
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function postJson<T>(url: string, body: unknown): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export const api = {
  version: () => getJson<{ version: number }>('/api/version'),
  state: () => getJson<PreviewState>('/api/state'),
  sheet: (name: string) => getJson<SheetView>(`/api/sheet?name=${encodeURIComponent(name)}`),
  activate: (sheet: string) => postJson<ActionAnswer>('/api/activate', { sheet }),
  editCell: (sheet: string, row: number, column: number, text: string) =>
    postJson<ActionAnswer>('/api/cell', { sheet, row, column, text }),
  menu: (functionName: string) => postJson<ActionAnswer>('/api/menu', { functionName }),
};
