// The curation view's requests to the development server (vite/curate-server.ts).
import type { CurationArticleView, CurationState, Problem, SaveRequest, SaveResult } from '../content/curation.ts';

const API = '/__curate/api/';

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${API}${path}`);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

export const fetchState = () => getJson<CurationState>('state');
export const fetchArticle = (id: string) => getJson<CurationArticleView>(`article?id=${encodeURIComponent(id)}`);

export async function save(file: 'claims.json' | 'not-claims.json', item: unknown, replaces?: string): Promise<SaveResult> {
  const response = await fetch(`${API}save`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ file, item, replaces } satisfies SaveRequest) });
  const body = (await response.json()) as SaveResult | { problems: Problem[] };
  return 'ok' in body ? body : { ok: false, status: response.status, problems: body.problems };
}
