// The Content-Security-Policy of the built atlas: nothing runs or loads that is not ours.
import type { Plugin } from 'vite';

export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  // blob: for the PNG export, which draws the exported SVG onto a canvas.
  'img-src': "'self' blob: data:",
  'connect-src': "'self'",
  'font-src': "'self'",
  'worker-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
};

export const policyOf = (d: Readonly<Record<string, string>>) =>
  Object.entries(d)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');

/** For the <meta> tag: frame-ancestors only works as a header, so the host adds it (deploy/headers.ts). */
export const CSP_META = policyOf(CSP_DIRECTIVES);

/** Writes the policy into the built page; the dev server keeps Vite's own inline script working. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'report-atlas-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META }, injectTo: 'head-prepend' }],
  };
}
