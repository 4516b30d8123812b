// The nginx server block for the atlas, written from the routes in deploy/headers.ts so that it
// says what the `_headers` file says. deploy/nginx.conf is this with the defaults below.
import { EVERY_RESPONSE, routesFor, type Route, type RouteOptions } from './headers.ts';

export interface NginxOptions extends RouteOptions {
  /** The site's folder: the build itself, or for a sub-path (base /atlas/), the folder that holds it as atlas/. */
  root?: string;
  /** What nginx listens on: a port, or address:port. */
  listen?: string;
}

/** The downloads' types that nginx's own list lacks: the claims as a table, and as web annotations. */
const DOWNLOAD_TYPES: Record<string, string> = { csv: 'text/csv; charset=utf-8', jsonld: 'application/ld+json; charset=utf-8' };

export const NGINX_DEFAULTS = { root: '/var/www/report-atlas', listen: '80', base: '/' } as const;

/** nginx's own quoting: every header value goes between double quotes, so none may hold one. */
function quoted(value: string): string {
  if (/["\\\n$]/.test(value)) throw new Error(`A header value for nginx must not hold a quote, a backslash, a dollar or a line break: ${value}`);
  return `"${value}"`;
}

/** add_header in a location replaces every one it would inherit, so each location says all of them, for errors too. */
const addHeaders = (route: Route, indent: string) =>
  Object.entries({ ...EVERY_RESPONSE, ...route.headers })
    .map(([name, value]) => `${indent}add_header ${name} ${quoted(value)} always;`)
    .join('\n');

function location(route: Route, base: string): string {
  const path = `${base}${route.folder}`;
  const lines = [
    route.folder === '' ? `    location ${path} {` : `    location ^~ ${path} {`,
    addHeaders(route, '        '),
    route.name === 'assets' ? '        try_files $uri =404;' : '        try_files $uri $uri/ =404;',
  ];
  if (route.name === 'site') {
    // The data downloads whose types nginx's list lacks, so that a browser reads them for what they are.
    for (const [extension, type] of Object.entries(DOWNLOAD_TYPES)) {
      lines.push(`        location ~ \\.${extension}$ {`, '            types { }', `            default_type "${type}";`, addHeaders(route, '            '), '            try_files $uri =404;', '        }');
    }
  }
  lines.push('    }');
  return lines.join('\n');
}

export function nginxServerBlock({ root = NGINX_DEFAULTS.root, listen = NGINX_DEFAULTS.listen, base = NGINX_DEFAULTS.base, embedAncestors }: NginxOptions = {}): string {
  if (!/^\/([\w.-]+\/)*$/.test(base)) throw new Error(`The base must be a path that starts and ends with "/", such as /atlas/; “${base}” is not.`);
  const routes = routesFor({ embedAncestors });
  return `# Report Atlas on nginx. Written from deploy/headers.ts by \`npm run deploy:config\`; edit that, not this.
# Brotli needs the brotli_static module (Debian: libnginx-mod-http-brotli-static); the build writes
# a .br and a .gz beside every text file, so nginx compresses nothing itself.
server {
    listen ${listen};
    server_name _;
    root ${quoted(root)};
    index index.html;
    server_tokens off;
    charset utf-8;
    charset_types text/css text/plain application/javascript application/json image/svg+xml;
    # A folder's address without its slash is sent to the address with one, on the same host.
    absolute_redirect off;

    brotli_static on;
    gzip_static on;
    gzip_vary on;

    # A missing page or file is a 404 with a page, never the overview with 200.
    error_page 404 ${base}404.html;

${routes.map((r) => location(r, base)).join('\n\n')}
}
`;
}
