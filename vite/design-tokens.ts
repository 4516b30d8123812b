// The design tokens (src/styles/tokens.css) reach the rest of the build from here: every stylesheet
// gets their breakpoints, and the exports get their colours as the module virtual:atlas/tokens.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { readTokens } from '../src/styles/read-tokens.ts';

export const TOKENS_MODULE = 'virtual:atlas/tokens';
export const TOKENS_FILE = 'src/styles/tokens.css';

// @import and @charset must stay first in a stylesheet; anything else may follow them.
const LEADING = /^(?:\s+|\/\*[\s\S]*?\*\/|@charset[^;]*;|@import[^;]*;)*/;

/**
 * The stylesheet with the breakpoints defined at its top. Lightning CSS resolves `@custom-media`
 * only within one file and what it imports, and each component's stylesheet is its own file.
 */
export function withBreakpoints(css: string, customMedia: readonly string[]): string {
  const head = LEADING.exec(css)?.[0] ?? '';
  return `${head}${customMedia.join('\n')}\n${css.slice(head.length)}`;
}

const USES_BREAKPOINT = /@media[^{]*\(--/;
const isStylesheet = (id: string) => /\.css(?:\?(?!.*\braw\b).*)?$/.test(id) && !id.includes('/node_modules/');

export function designTokens(file = TOKENS_FILE): Plugin {
  const path = resolve(file);
  const read = () => readTokens(readFileSync(path, 'utf8'));
  return {
    name: 'report-atlas-design-tokens',
    // Before Vite's own CSS step, which hands the stylesheet to Lightning CSS.
    enforce: 'pre',
    config() {
      // Lightning CSS, not PostCSS, for the breakpoints (@custom-media) the stylesheets are given.
      return { css: { transformer: 'lightningcss', lightningcss: { drafts: { customMedia: true } } } };
    },
    resolveId(id) {
      return id === TOKENS_MODULE ? `\0${TOKENS_MODULE}` : null;
    },
    load(id) {
      if (id !== `\0${TOKENS_MODULE}`) return null;
      this.addWatchFile(path);
      // The exports are light whatever the screen's scheme: paper, slides and files.
      return `export default ${JSON.stringify(read().light)};`;
    },
    transform(code, id) {
      if (!isStylesheet(id) || id.split('?')[0] === path || !USES_BREAKPOINT.test(code)) return null;
      this.addWatchFile(path);
      return { code: withBreakpoints(code, read().customMedia), map: null };
    },
  };
}
