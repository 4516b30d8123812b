// `npm run deploy:config`: writes deploy/nginx.conf and deploy/_headers from deploy/headers.ts. With
// ATLAS_EMBED_ANCESTORS, ATLAS_BASE or --out, it writes a deployment's own copies instead.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { headersFile } from './headers-file.ts';
import { nginxServerBlock } from './nginx-conf.ts';

export const SHIPPED = { nginx: 'deploy/nginx.conf', headers: 'deploy/_headers' } as const;

const { values } = parseArgs({ options: { out: { type: 'string', default: 'deploy' }, root: { type: 'string' }, listen: { type: 'string' } } });
const options = { base: process.env.ATLAS_BASE ?? '/', embedAncestors: process.env.ATLAS_EMBED_ANCESTORS };
// The shipped copies are the defaults, which a test holds them to: a deployment's own go elsewhere.
const own = options.base !== '/' || options.embedAncestors !== undefined || values.root !== undefined || values.listen !== undefined;
if (own && values.out === 'deploy') {
  console.error('With ATLAS_BASE, ATLAS_EMBED_ANCESTORS, --root or --listen, say where your copies go with --out <folder>: deploy/ holds the shipped defaults.');
  process.exit(2);
}
mkdirSync(values.out, { recursive: true });
writeFileSync(join(values.out, 'nginx.conf'), nginxServerBlock({ ...options, root: values.root, listen: values.listen }));
writeFileSync(join(values.out, '_headers'), headersFile(options));
console.log(`Wrote ${join(values.out, 'nginx.conf')} and ${join(values.out, '_headers')}.`);
