// The `_headers` file that Netlify and Cloudflare Pages read from the build's root, written from
// the routes in deploy/headers.ts, as the nginx server block is.
import { EVERY_RESPONSE, routesFor, SITE_ENTRIES, type RouteOptions } from './headers.ts';

const block = (path: string, headers: Record<string, string>) =>
  [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');

/** A file or folder at the build's root, as a path rule: folders take everything below them. */
const ruleFor = (base: string, entry: string) => (entry.endsWith('/') ? `${base}${entry}*` : `${base}${entry}`);

export function headersFile({ base = '/', embedAncestors }: RouteOptions = {}): string {
  const rules = [block(`${base}*`, EVERY_RESPONSE)];
  for (const route of routesFor({ embedAncestors })) {
    const paths = route.folder === '' ? [base, ...SITE_ENTRIES.map((e) => ruleFor(base, e))] : [ruleFor(base, route.folder)];
    rules.push(...paths.map((p) => block(p, route.headers)));
  }
  return `# Report Atlas: the headers for Netlify and Cloudflare Pages. Written from deploy/headers.ts; edit that, not this.
# No two rules give the same header to one path, since these hosts add up the rules a path matches.
${rules.join('\n')}
`;
}
