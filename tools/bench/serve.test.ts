import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodingFor, serveStatic, type StaticServer } from './serve.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

// A raw request, so that nothing between the test and the server decompresses or tidies the path.
function get(server: StaticServer, path: string, acceptEncoding = 'gzip, deflate, br, zstd'): Promise<Reply> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the benchmark’s static server', () => {
  let server: StaticServer;
  const html = `<!doctype html><title>t</title>${'<p>map</p>'.repeat(200)}`;
  beforeAll(async () => {
    const outside = mkdtempSync(join(tmpdir(), 'atlas-serve-'));
    writeFileSync(join(outside, 'secret.txt'), 'not to be served');
    const root = join(outside, 'site');
    mkdirSync(root);
    writeFileSync(join(root, 'index.html'), html);
    writeFileSync(join(root, 'icon.png'), Buffer.from([137, 80, 78, 71]));
    server = await serveStatic(root);
  });
  afterAll(() => server.close());

  it('serves text with brotli, with its type, to a browser that accepts it', async () => {
    const reply = await get(server, '/');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-encoding']).toBe('br');
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.body.length).toBeLessThan(html.length / 4);
    expect(brotliDecompressSync(reply.body).toString()).toBe(html);
  });

  it('serves text gzipped to a client that accepts gzip only', async () => {
    const reply = await get(server, '/index.html', 'gzip');
    expect(reply.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(reply.body).toString()).toBe(html);
  });

  it('knows the size of each file in either encoding, by its path in a URL', async () => {
    const sizes = server.sizesOf('/');
    expect(sizes).toEqual(server.sizesOf('/index.html'));
    expect(sizes?.identity).toBe(html.length);
    expect(sizes?.br).toBe((await get(server, '/')).body.length);
    expect(sizes?.gzip).toBe((await get(server, '/', 'gzip')).body.length);
    expect(server.sizesOf('/icon.png')).toBeNull();
  });

  it('picks brotli, then gzip, from what a client accepts', () => {
    expect(encodingFor('gzip, deflate, br, zstd')).toBe('br');
    expect(encodingFor('gzip;q=1.0, identity')).toBe('gzip');
    expect(encodingFor('deflate')).toBeNull();
    expect(encodingFor(undefined)).toBeNull();
  });

  it('serves text plain to a client that accepts no compression, and images as they are', async () => {
    expect((await get(server, '/index.html', '')).body.toString()).toBe(html);
    const png = await get(server, '/icon.png');
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.headers['content-type']).toBe('image/png');
  });

  it('never serves a file outside its folder, however the path is written', async () => {
    expect((await get(server, '/missing.js')).status).toBe(404);
    expect((await get(server, '/../secret.txt')).status).toBe(403);
    expect((await get(server, '/..%2fsecret.txt')).status).toBe(403);
    expect((await get(server, '/../site-other/secret.txt')).status).toBe(403);
  });

  it('answers odd paths without falling over', async () => {
    expect((await get(server, '//')).status).toBe(200);
    expect((await get(server, '/%E0%A4%A')).status).toBe(400);
    expect((await get(server, '/?country=NZL')).status).toBe(200);
  });
});
