import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findNginx, nginxConfig } from './serve.ts';
import { nginxServerBlock } from './nginx-conf.ts';

describe('npm run serve', () => {
  it('says how to install nginx when it is missing, and starts nothing', () => {
    const run = spawnSync('npx', ['tsx', 'deploy/serve.ts'], { env: { ...process.env, NGINX: '/nonexistent/nginx' }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('nginx is not installed');
    expect(run.stderr).toContain('sudo apt-get install nginx libnginx-mod-http-brotli-static');
  });

  it('finds nginx where $NGINX says, and nowhere else then', () => {
    expect(findNginx({ NGINX: '/nonexistent/nginx', PATH: '/usr/sbin' })).toBeNull();
    expect(findNginx({ NGINX: process.execPath })).toBe(process.execPath);
  });

  it('wraps the shipped server block, with the build folder and port of this run', () => {
    const conf = nginxConfig({ dist: '/tmp/build', port: 8123, base: '/', workDir: '/tmp/run' });
    expect(conf).toContain(nginxServerBlock({ root: '/tmp/build', listen: '127.0.0.1:8123' }));
    expect(conf).toContain('daemon off;');
    expect(conf).toContain('pid /tmp/run/nginx.pid;');
    expect(conf).toMatch(/^load_module .*ngx_http_brotli_static_module\.so;/);
  });
});

describe('siteRoot', () => {
  it('serves a sub-path build from a folder that holds it at that path', async () => {
    const { mkdtempSync, readFileSync, writeFileSync, mkdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { siteRoot } = await import('./serve.ts');
    const dist = mkdtempSync(join(tmpdir(), 'atlas-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'assets', 'x.js'), 'x');
    const work = mkdtempSync(join(tmpdir(), 'atlas-work-'));
    expect(siteRoot(dist, '/', work)).toBe(dist);
    const root = siteRoot(dist, '/reports/atlas/', work);
    expect(readFileSync(join(root, 'reports', 'atlas', 'assets', 'x.js'), 'utf8')).toBe('x');
  });
});
