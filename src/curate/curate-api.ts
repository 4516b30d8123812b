// The curation view's requests to the development server (vite/curate-server.ts).
import { CURATE_API, formatProblem, type CurationArticleView, type CurationState, type Problem, type SavableFile, type SaveRequest, type SaveResult } from '../content/curation.ts';

const API = CURATE_API;

/** The server's answer; when it refuses, an error that says what it found wrong, as the build says it. */
async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${API}${path}`);
  if (response.ok) return (await response.json()) as T;
  const body = (await response.json().catch(() => null)) as { problems?: Problem[] } | null;
  throw new Error(body?.problems?.map(formatProblem).join('; ') ?? `${path}: HTTP ${response.status}`);
}

export const fetchState = () => getJson<CurationState>('state');
export const fetchArticle = (id: string) => getJson<CurationArticleView>(`article?id=${encodeURIComponent(id)}`);

export async function save(file: SavableFile, item: unknown, replaces?: string): Promise<SaveResult> {
  const response = await fetch(`${API}save`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ file, item, replaces } satisfies SaveRequest) });
  const body = (await response.json()) as SaveResult | { problems: Problem[] };
  return 'ok' in body ? body : { ok: false, status: response.status, problems: body.problems };
}
