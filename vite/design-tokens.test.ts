import { readFileSync } from 'node:fs';
import { transform } from 'lightningcss';
import { describe, expect, it } from 'vitest';
import { readTokens, resolveTokens } from '../src/styles/read-tokens.ts';
import { sourceFiles } from '../src/styles/test-support/stylesheets.ts';
import { TOKENS_FILE, withBreakpoints } from './design-tokens.ts';

const tokens = readTokens(readFileSync(TOKENS_FILE, 'utf8'));
// As the build compiles a stylesheet: Lightning CSS with custom media, for current browsers.
const compile = (css: string, filename = 'x.css') =>
  transform({ filename, code: Buffer.from(withBreakpoints(css, tokens.customMedia)), drafts: { customMedia: true }, targets: { chrome: 111 << 16 } }).code.toString();

describe('the design tokens in the build', () => {
  it('read light and dark values, each reference resolved', () => {
    const read = readTokens(`@custom-media --phone (max-width: 640px);
      :root { --paper-light: #fff; --paper-dark: #000; /* a note */ --paper: var(--paper-light); --gap: 1rem; }
      @media (prefers-color-scheme: dark) { :root { color-scheme: dark; --paper: var(--paper-dark); } }`);
    expect(read.breakpoints).toEqual(['--phone']);
    expect(read.light).toMatchObject({ '--paper': '#fff', '--gap': '1rem' });
    expect(read.dark).toMatchObject({ '--paper': '#000', '--gap': '1rem' });
  });

  it('refuse a token that refers to one not defined, or to itself', () => {
    expect(() => resolveTokens({ '--a': 'var(--b)' })).toThrow(/--b, which is not defined/);
    expect(() => resolveTokens({ '--a': 'var(--b)', '--b': 'var(--a)' })).toThrow(/refer to each other/);
  });

  it('give a stylesheet the breakpoints after its imports, which must stay first', () => {
    const css = withBreakpoints("@import './a.css';\n.x { color: red; }", ['@custom-media --phone (max-width: 640px);']);
    expect(css).toBe("@import './a.css';\n@custom-media --phone (max-width: 640px);\n.x { color: red; }");
  });

  it('turn a breakpoint into its media query, and fail on one the tokens do not define', () => {
    expect(compile('@media (--phone) { .x { order: 1; } }')).toContain('@media (width <= 640px)');
    expect(() => compile('@media (--tablet) { .x { order: 1; } }')).toThrow(/--tablet is not defined/);
  });

  it('compile every stylesheet of the app, leaving no breakpoint unresolved', () => {
    for (const sheet of sourceFiles('.css')) expect(compile(sheet.text, sheet.name), sheet.name).not.toMatch(/@media[^{]*\(--/);
  });
});
