// Serves a built folder on loopback the way a static host would: brotli or gzip for text, exact
// types. Every file is compressed before the first request, as a deploy step would precompress it.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { compress as precompress, compressibleFiles } from '../../deploy/precompress.ts';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

export type Encoding = 'br' | 'gzip';

/** A file's body as each encoding would send it. */
interface Bodies {
  identity: Buffer;
  br: Buffer;
  gzip: Buffer;
}

const urlPathOf = (base: string, file: string) => `/${relative(base, file).split(sep).join('/')}`;
// gzip at -6, the level most hosts use on the fly, as the benchmark has always reported it.
const compress = async (body: Buffer): Promise<Bodies> => ({ identity: body, ...(await precompress(body, 6)) });

/** Every compressible file under `base`, compressed, by its path in a URL; two at a time, off the main thread. */
async function compressAll(base: string): Promise<Map<string, Bodies>> {
  // Not the build's own .br and .gz: the reference pages have none, so both are compressed alike here.
  const files = await compressibleFiles(base);
  const cache = new Map<string, Bodies>();
  const next = async (): Promise<void> => {
    const file = files.pop();
    if (file === undefined) return;
    cache.set(urlPathOf(base, file), await compress(await readFile(file)));
    return next();
  };
  await Promise.all([next(), next()]);
  return cache;
}

/** The encoding a request gets: brotli when the client takes it, as browsers do, else gzip, else none. */
export function encodingFor(acceptEncoding: string | undefined): Encoding | null {
  const accepted = (acceptEncoding ?? '').split(',').map((e) => e.trim().split(';')[0]);
  return accepted.includes('br') ? 'br' : accepted.includes('gzip') ? 'gzip' : null;
}

export interface StaticServer {
  url: string;
  /** Body sizes of a file in each encoding, by its path in a URL ("/assets/x.js"); null for a file not compressed. */
  sizesOf: (urlPath: string) => { identity: number; br: number; gzip: number } | null;
  close: () => Promise<void>;
}

/** Serves `root` on 127.0.0.1 at a free port. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const base = resolve(root);
  const cache = await compressAll(base);
  const server: Server = createServer((req, res) => {
    void (async () => {
      let path: string;
      try {
        // The path as sent, without its query; `new URL` would read `//x` as a host.
        path = decodeURIComponent((req.url ?? '/').split(/[?#]/)[0] ?? '/');
      } catch {
        return void res.writeHead(400).end();
      }
      const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
      if (file !== base && !file.startsWith(base + sep)) return void res.writeHead(403).end();
      let body: Buffer;
      try {
        body = await readFile(file);
      } catch {
        return void res.writeHead(404).end();
      }
      const ext = extname(file);
      const bodies = cache.get(urlPathOf(base, file));
      const encoding = bodies ? encodingFor(req.headers['accept-encoding']) : null;
      if (bodies && encoding) body = bodies[encoding];
      res.writeHead(200, {
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': 'no-cache',
        ...(encoding ? { 'Content-Encoding': encoding, Vary: 'Accept-Encoding' } : {}),
      });
      res.end(body);
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const sizesOf = (urlPath: string) => {
    const bodies = cache.get(urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
    return bodies ? { identity: bodies.identity.length, br: bodies.br.length, gzip: bodies.gzip.length } : null;
  };
  return { url: `http://127.0.0.1:${port}/`, sizesOf, close: () => new Promise((done) => server.close(() => done())) };
}
