// The curation view's side of the development server (npm run curate): it reads the data folder for
// the view, and saves claims and not-claims through pipeline/curate/save-data.ts. Only the
// development server started for it has it (vite --mode curate, and apply: 'serve'): the built atlas
// has no curation route or code, and npm start has no way to write the data.
import { resolve } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { curationArticle, curationState } from '../pipeline/curate/curation-state.ts';
import { CURATE_API, type SaveRequest } from '../src/content/curation.ts';
import { curationStore } from '../pipeline/curate/save-data.ts';
import { makeCountryTable, readWorldAtlas } from '../pipeline/world.ts';

/** Where the curation view opens: npm run curate. */
export const CURATE_PAGE = '/curate/';

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <title>Curate · Report Atlas</title>
  </head>
  <body>
    <div id="curate"></div>
    <script type="module" src="/src/curate/main.tsx"></script>
  </body>
</html>
`;
const LARGEST_SAVE = 256 * 1024;

const send = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
};

class TooLarge extends Error {}

/** The request's body; a body larger than a save can be is cut off, and its connection closed. */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    if (Number(req.headers['content-length'] ?? 0) > LARGEST_SAVE) return fail(new TooLarge());
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= LARGEST_SAVE) chunks.push(chunk);
      else {
        fail(new TooLarge());
        req.destroy();
      }
    });
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
    req.on('aborted', () => fail(new Error('the save was cut off')));
  });
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const fromThisMachine = (req: IncomingMessage) => LOOPBACK.has(req.socket.remoteAddress ?? '');
/** A browser says where a request comes from; a page on another site (or another port) is refused. */
function fromTheView(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return false;
  const origin = req.headers.origin;
  return origin === undefined || origin === `http://${req.headers.host ?? ''}`;
}

export function curateServer({ dataDir: given }: { dataDir?: string } = {}): Plugin {
  const dataDir = resolve(given ?? 'data');
  return {
    name: 'report-atlas-curate',
    apply: 'serve',
    configureServer(server) {
      // One store for every tab, so that their saves are taken one at a time.
      const store = curationStore(dataDir, makeCountryTable(readWorldAtlas('110m')));
      server.middlewares.use(CURATE_PAGE, (req, res, next) => {
        if (req.method !== 'GET' || !['/', ''].includes((req.url ?? '/').split('?')[0] ?? '')) return next();
        void server.transformIndexHtml(CURATE_PAGE, PAGE).then((html) => {
          res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
          res.end(html);
        }, next);
      });
      server.middlewares.use(CURATE_API, (req, res) => {
        void (async () => {
          const url = new URL(req.url ?? '/', 'http://localhost');
          try {
            if (req.method === 'GET' && url.pathname === '/state') return send(res, 200, curationState(dataDir));
            if (req.method === 'GET' && url.pathname === '/article') {
              const view = curationArticle(dataDir, url.searchParams.get('id') ?? '');
              return view ? send(res, 200, view) : send(res, 404, { problems: [{ file: 'sources.json', message: 'no article has this id' }] });
            }
            if (req.method === 'POST' && url.pathname === '/save') {
              // Saves come from this machine, and from the curation view's own page, never from another site.
              if (!fromThisMachine(req)) return send(res, 403, { problems: [{ file: '', message: 'saves are taken only from this machine' }] });
              if (!fromTheView(req)) return send(res, 403, { problems: [{ file: '', message: 'saves are taken only from the curation view’s own page' }] });
              if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) return send(res, 415, { problems: [{ file: '', message: 'a save is sent as JSON' }] });
              let request: SaveRequest;
              try {
                request = JSON.parse(await readBody(req)) as SaveRequest;
              } catch (error) {
                if (error instanceof TooLarge) return send(res, 413, { problems: [{ file: '', message: `a save is at most ${LARGEST_SAVE / 1024} KB` }] });
                return send(res, 400, { problems: [{ file: '', message: `not a save: ${(error as Error).message}` }] });
              }
              const result = store.save(request ?? { file: '', item: null });
              return send(res, result.ok ? 200 : result.status, result);
            }
            send(res, 404, { problems: [{ file: '', message: `no curation request ${req.method} ${url.pathname}` }] });
          } catch (error) {
            send(res, 500, { problems: [{ file: '', message: (error as Error).message }] });
          }
        })();
      });
    },
  };
}
