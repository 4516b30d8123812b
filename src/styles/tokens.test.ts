import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTokens } from './read-tokens.ts';
import { mediaOffTokens, rawColours, sourceFiles, TOKENS_PATH } from './test-support/stylesheets.ts';

const tokens = readTokens(readFileSync(TOKENS_PATH, 'utf8'));
const stylesheets = sourceFiles('.css');
const code = sourceFiles('.ts', '.tsx').filter((f) => !/\.test\.tsx?$|test-support/.test(f.name));

describe('the stylesheets', () => {
  it('are found: the page and each component', () => {
    expect(stylesheets.map((f) => f.name)).toContain('src/styles.css');
    expect(stylesheets.length).toBeGreaterThan(20);
  });

  it('write no colour of their own: every colour is a token', () => {
    expect(stylesheets.flatMap(rawColours)).toEqual([]);
  });

  it('use only the breakpoints of the tokens, or print', () => {
    expect(stylesheets.flatMap((f) => mediaOffTokens(f, tokens.breakpoints))).toEqual([]);
  });

  it('refer only to tokens that exist', () => {
    const used = stylesheets.flatMap((f) => [...f.text.matchAll(/var\((--[\w-]+)\)/g)].map(([, name]) => `${f.name}: ${name}`));
    // A component's own property (the panel's --panel-width, the sheet's --sheet) is set in its stylesheet, beside its use.
    const ownProperties = new Set(stylesheets.flatMap((f) => [...f.text.matchAll(/(--[\w-]+)\s*:/g)].map(([, name]) => name)));
    const unknown = used.filter((u) => {
      const name = u.split(': ')[1] as string;
      return !(name in tokens.light) && !ownProperties.has(name);
    });
    expect(unknown).toEqual([]);
  });
});

describe('the scanner', () => {
  const sheet = (text: string) => ({ name: 'x.css', text });

  it('names the file and line of each raw colour, whether hex, function or name', () => {
    const css = '.a {\n  color: #fff;\n}\n.b { background: rgb(0 0 0 / 50%); border: 1px solid rebeccapurple; }\n.c { fill: url(#hatch); color: var(--red); stroke: currentColor; }';
    expect(rawColours(sheet(css))).toEqual(['x.css:2: color: #fff', 'x.css:4: background: rgb(0 0 0 / 50%)', 'x.css:4: border: 1px solid rebeccapurple']);
  });

  it('names each media query that is not a breakpoint of the tokens', () => {
    const css = '@media (--phone) {}\n@media print {}\n@media (max-width: 640px) {}\n@media (--tablet) {}\n@media (prefers-color-scheme: dark) {}';
    expect(mediaOffTokens(sheet(css), ['--phone'])).toEqual(['x.css:3: @media (max-width: 640px) {', 'x.css:4: @media (--tablet) {', 'x.css:5: @media (prefers-color-scheme: dark) {']);
  });
});

describe('the app code', () => {
  it('writes no colour of its own: components and exports take theirs from the tokens', () => {
    const literal = /(['"`])(?:#[0-9a-f]{3,8}|(?:rgba?|hsla?)\([^)]*\))\1/i;
    const found = code.flatMap((f) => f.text.split('\n').flatMap((line, i) => (literal.test(line) ? [`${f.name}:${i + 1}: ${line.trim()}`] : [])));
    expect(found).toEqual([]);
  });
});

describe('the tokens', () => {
  it('define the three breakpoints', () => {
    expect(tokens.breakpoints).toEqual(['--medium-screen', '--narrow-screen', '--phone']);
  });

  it('give every colour that follows the scheme a light and a dark value, and switch to the dark one', () => {
    const light = Object.keys(tokens.light).filter((t) => t.endsWith('-light'));
    expect(light.length).toBeGreaterThan(10);
    for (const name of light) {
      const base = name.slice(0, -'-light'.length);
      expect(tokens.light, base).toHaveProperty(`${base}-dark`);
      expect(tokens.light[base], base).toBe(tokens.light[name]);
      expect(tokens.dark[base], base).toBe(tokens.dark[`${base}-dark`]);
    }
  });

  it('resolve every reference to another token', () => {
    for (const value of [...Object.values(tokens.light), ...Object.values(tokens.dark)]) expect(value).not.toContain('var(');
  });
});
