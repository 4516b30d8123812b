// `npm run serve`: the build in dist/ served by Debian's nginx with the shipped server block
// (deploy/nginx-conf.ts), on http://127.0.0.1:${PORT:-8080}, in the foreground. It builds first if
// there is no build, and says how to install nginx when it is missing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { nginxServerBlock } from './nginx-conf.ts';

const INSTALL = 'Install it with: sudo apt-get install nginx libnginx-mod-http-brotli-static';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** nginx's own binary: $NGINX, or the first on the path or in /usr/sbin. */
export function findNginx(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.NGINX) return existsSync(env.NGINX) ? env.NGINX : null;
  for (const dir of [...(env.PATH ?? '').split(':'), '/usr/sbin', '/usr/local/sbin']) {
    if (dir && existsSync(join(dir, 'nginx'))) return join(dir, 'nginx');
  }
  return null;
}

export interface ServeOptions {
  dist: string;
  port: number;
  base: string;
  /** A folder of nginx's own for this run: its pid, temp files and configuration. */
  workDir: string;
  embedAncestors?: string;
  brotliModule?: string;
  /** Whether nginx runs as root, and must be told to keep its workers as root to read the build. */
  asRoot?: boolean;
}

/**
 * The folder nginx serves the site from. A build for a sub-path (--base /atlas/) is served at that
 * path, so the site's folder holds it there: a link to the build, made in this run's own folder.
 */
export function siteRoot(dist: string, base: string, workDir: string): string {
  if (base === '/') return resolve(dist);
  const root = join(workDir, 'site');
  const at = join(root, base);
  mkdirSync(dirname(at), { recursive: true });
  if (!existsSync(at)) symlinkSync(resolve(dist), at.replace(/\/$/, ''));
  return root;
}

/** A whole nginx configuration around the shipped server block, for one foreground run. */
export function nginxConfig({ dist, port, base, workDir, embedAncestors, brotliModule = BROTLI_MODULE, asRoot = false }: ServeOptions): string {
  const temp = (name: string) => `${name}_temp_path ${join(workDir, name)};`;
  return `load_module ${brotliModule};
${asRoot ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${join(workDir, 'nginx.pid')};
error_log stderr warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n    ')}

${nginxServerBlock({ root: siteRoot(dist, base, workDir), listen: `127.0.0.1:${port}`, base, embedAncestors })}
}
`;
}

function main() {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, base: { type: 'string', default: '/' } } });
  const dist = values.dist;
  const port = Number(process.env.PORT ?? 8080);
  const nginx = findNginx();
  if (nginx === null || !existsSync(BROTLI_MODULE)) {
    console.error(`npm run serve needs nginx and its brotli_static module, and ${nginx === null ? 'nginx is' : 'the module is'} not installed. ${INSTALL}`);
    process.exit(1);
  }
  if (!existsSync(join(dist, 'index.html'))) {
    console.log(`No build in ${dist}/: building it first.`);
    const built = spawnSync('npx', ['vite', 'build', '--outDir', dist, '--base', values.base], { stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  const workDir = mkdtempSync(join(tmpdir(), 'report-atlas-nginx-'));
  const conf = join(workDir, 'nginx.conf');
  writeFileSync(conf, nginxConfig({ dist, port, base: values.base, workDir, embedAncestors: process.env.ATLAS_EMBED_ANCESTORS, asRoot: process.getuid?.() === 0 }));
  const server = spawn(nginx, ['-p', workDir, '-c', conf, '-e', 'stderr'], { stdio: 'inherit' });
  console.log(`Report Atlas on nginx: http://127.0.0.1:${port}${values.base} (Ctrl-C stops it)`);
  const stop = () => server.kill('SIGQUIT');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code) => {
    rmSync(workDir, { recursive: true, force: true });
    process.exit(code ?? 0);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) main();
