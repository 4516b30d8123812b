// What a first visit transfers, by kind, until the network is quiet; and what the same responses
// would weigh with the other encoding, so that brotli and gzip are both known from one visit.
import type { CDPSession } from '@playwright/test';

export type Kind = 'js' | 'css' | 'data' | 'html' | 'other';
export type Bytes = Record<Kind | 'total', number>;

export interface Response {
  /** The URL's path, as the server's sizes are kept. */
  path: string;
  kind: Kind;
  /** Over the wire: headers and the encoded body. */
  bytes: number;
  /** Content-Encoding as served ('br', 'gzip'), or null. */
  encoding: string | null;
}

export type SizesOf = (urlPath: string) => { identity: number; br: number; gzip: number } | null;

export function kindOf(type: string, url: string): Kind {
  if (type === 'Document') return 'html';
  if (type === 'Script') return 'js';
  if (type === 'Stylesheet') return 'css';
  if (/\.(json|csv|txt)(\?|$)/.test(url) || type === 'Fetch' || type === 'XHR') return 'data';
  return 'other';
}

export function bytesOf(responses: readonly Response[]): Bytes {
  const bytes: Bytes = { total: 0, js: 0, css: 0, data: 0, html: 0, other: 0 };
  for (const r of responses) {
    bytes[r.kind] += r.bytes;
    bytes.total += r.bytes;
  }
  return bytes;
}

/** The total had every body the server compressed been sent in `encoding` instead; others as they were. */
export function totalWith(responses: readonly Response[], sizesOf: SizesOf, encoding: 'br' | 'gzip'): number {
  let total = 0;
  for (const r of responses) {
    const sizes = r.encoding === 'br' || r.encoding === 'gzip' ? sizesOf(r.path) : null;
    total += sizes ? r.bytes - sizes[r.encoding as 'br' | 'gzip'] + sizes[encoding] : r.bytes;
  }
  return total;
}

const pathOf = (url: string) => {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return url;
  }
};

/** Starts recording every response that finishes loading; read the list when the network is quiet. */
export async function recordResponses(cdp: CDPSession): Promise<Response[]> {
  const pending = new Map<string, Omit<Response, 'bytes'>>();
  const responses: Response[] = [];
  await cdp.send('Network.enable');
  cdp.on('Network.responseReceived', (e) => {
    const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    const encoding = headers['content-encoding'] ?? null;
    pending.set(e.requestId, { path: pathOf(e.response.url), kind: kindOf(e.type ?? '', e.response.url), encoding: encoding ? String(encoding) : null });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = pending.get(e.requestId);
    responses.push({ ...(r ?? { path: '', kind: 'other', encoding: null }), bytes: e.encodedDataLength });
  });
  return responses;
}
