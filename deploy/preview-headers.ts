// `vite preview` sends what the shipped host configuration sends (deploy/headers.ts), so that the
// tests run against the build see the same policy, caching and framing rules as a deployment.
import type { Plugin } from 'vite';
import { headersFor, routesFor } from './headers.ts';

export function hostHeaders(): Plugin {
  return {
    name: 'report-atlas-host-headers',
    configurePreviewServer(server) {
      const base = server.config.base;
      const routes = routesFor({ embedAncestors: process.env.ATLAS_EMBED_ANCESTORS });
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '/').split(/[?#]/)[0] ?? '/';
        const below = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
        for (const [name, value] of Object.entries(headersFor(below, routes))) res.setHeader(name, value);
        next();
      });
    },
  };
}
