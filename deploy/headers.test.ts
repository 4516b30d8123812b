import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFile } from './headers-file.ts';
import { checkAncestors, EVERY_RESPONSE, FOREVER, headersFor, routesFor } from './headers.ts';
import { nginxServerBlock } from './nginx-conf.ts';

describe('the shipped host configuration', () => {
  it('is what deploy/headers.ts writes, so that nobody edits one file and not the other', () => {
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(nginxServerBlock());
    expect(readFileSync('deploy/_headers', 'utf8')).toBe(headersFile());
  });
});

describe('headersFor', () => {
  const routes = routesFor({ embedAncestors: 'https://intranet.example.org' });

  it('caches hashed assets for a year, and asks about everything else on every use', () => {
    expect(headersFor('assets/index-abc123.js', routes)['Cache-Control']).toBe(FOREVER);
    for (const path of ['', 'index.html', 'country/new-zealand/', 'sw.js', 'data/claims.json', 'embed/country/new-zealand/']) {
      expect(headersFor(path, routes)['Cache-Control'], path).toBe('no-cache');
    }
  });

  it('lets only the embed pages be framed, by the origins given', () => {
    expect(headersFor('embed/country/new-zealand/', routes)['Content-Security-Policy']).toMatch(/frame-ancestors https:\/\/intranet\.example\.org$/);
    expect(headersFor('country/new-zealand/', routes)['Content-Security-Policy']).toMatch(/frame-ancestors 'none'$/);
    expect(headersFor('', routes)['Content-Security-Policy']).toMatch(/frame-ancestors 'none'$/);
  });

  it('sends nosniff, no referrer and no powerful features with every response', () => {
    for (const path of ['assets/x.js', 'embed/', '', 'data/claims.csv']) expect(headersFor(path, routes)).toMatchObject(EVERY_RESPONSE);
  });
});

describe('checkAncestors', () => {
  it('takes origins, wildcards and keywords', () => {
    expect(checkAncestors(' https://a.example.org   https://*.example.net:8443 ')).toBe('https://a.example.org https://*.example.net:8443');
    expect(checkAncestors('*')).toBe('*');
    expect(checkAncestors("'self'")).toBe("'self'");
  });

  it('refuses what would change the policy, naming it', () => {
    expect(() => checkAncestors("https://a.example.org; script-src 'unsafe-inline'")).toThrow(/“https:\/\/a\.example\.org;” is not one/);
    expect(() => checkAncestors('')).toThrow(/ATLAS_EMBED_ANCESTORS/);
    expect(() => checkAncestors('"*"')).toThrow(/is not one/);
  });
});

describe('nginxServerBlock', () => {
  it('puts every header in every location, for errors too, since a location’s add_header replaces the server’s', () => {
    const conf = nginxServerBlock({ embedAncestors: 'https://intranet.example.org' });
    const locations = conf.split(/\n\s+location /).slice(1);
    expect(locations).toHaveLength(5);
    for (const block of locations) {
      for (const name of Object.keys(EVERY_RESPONSE)) expect(block).toContain(`add_header ${name} `);
      expect(block).toMatch(/add_header Cache-Control "[^"]+" always;/);
    }
    expect(conf).toContain("frame-ancestors https://intranet.example.org\" always;");
  });

  it('serves a build under a sub-path from that path', () => {
    const conf = nginxServerBlock({ base: '/atlas/', root: '/srv/atlas', listen: '127.0.0.1:8080' });
    expect(conf).toContain('location ^~ /atlas/assets/ {');
    expect(conf).toContain('location ^~ /atlas/embed/ {');
    expect(conf).toContain('error_page 404 /atlas/404.html;');
    expect(conf).toContain('root "/srv/atlas";');
  });

  it('refuses a value nginx would read differently', () => {
    expect(() => nginxServerBlock({ root: '/srv/$host' })).toThrow(/must not hold/);
  });
});

describe('the _headers file', () => {
  it('never gives one header to a path twice, since Netlify and Cloudflare Pages join the values of every rule a path matches', async () => {
    const { parseAllHeaders } = await import('@netlify/headers-parser');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    for (const base of ['/', '/atlas/']) {
      const file = join(mkdtempSync(join(tmpdir(), 'atlas-headers-')), '_headers');
      writeFileSync(file, headersFile({ base, embedAncestors: 'https://intranet.example.org' }));
      const { headers, errors } = await parseAllHeaders({ headersFiles: [file], configHeaders: [], minimal: false });
      expect(errors).toEqual([]);
      const rules = headers as { forRegExp: RegExp; values: Record<string, string> }[];
      const paths = ['', 'index.html', '404.html', 'sw.js', 'country/kenya/', 'data/claims.csv', 'assets/index-abc.js', 'embed/', 'embed/country/kenya/', 'no/such/page/'].map((p) => `${base}${p}`);
      for (const path of paths) {
        const names = rules.filter((r) => r.forRegExp.test(path)).flatMap((r) => Object.keys(r.values).map((n) => n.toLowerCase()));
        expect(names.length, path).toBeGreaterThanOrEqual(4);
        expect(names.filter((n, i) => names.indexOf(n) !== i), path).toEqual([]);
        // Any address is kept from being framed: by a policy, or for an address no route names, by X-Frame-Options.
        expect(names, path).toContain('x-frame-options');
      }
    }
  });
});
