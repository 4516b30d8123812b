// The curation view's requests to the development server (vite/curate-server.ts).

export interface CurationMention {
  country: string;
  text: string;
  start: number;
  end: number;
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  handled: 'claim' | 'not-claim' | null;
}

export interface CurationArticle {
  id: string;
  publisher: string;
  headline: string | null;
  reportsOn: string[];
  mentions: number;
  handled: number;
}

export interface CurationArticleView extends CurationArticle {
  text: string;
  list: CurationMention[];
  claimIds: string[];
  error: string | null;
}

export interface CurationState {
  articles: CurationArticle[];
  reports: { id: string; title: string; published: string }[];
  kinds: string[];
}

export interface Problem {
  file: string;
  id?: string;
  field?: string;
  message: string;
}

export type SaveResult = { ok: true; saved: number } | { ok: false; status: number; problems: Problem[] };

const API = '/__curate/api/';

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${API}${path}`);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

export const fetchState = () => getJson<CurationState>('state');
export const fetchArticle = (id: string) => getJson<CurationArticleView>(`article?id=${encodeURIComponent(id)}`);

export async function save(file: 'claims.json' | 'not-claims.json', item: unknown, replaces?: string): Promise<SaveResult> {
  const response = await fetch(`${API}save`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ file, item, replaces }) });
  const body = (await response.json()) as SaveResult | { problems: Problem[] };
  return 'ok' in body ? body : { ok: false, status: response.status, problems: body.problems };
}
