// The app's stylesheets and sources, read for the tests that hold them to the design tokens.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CSS_COLOUR_NAMES } from './css-colour-names.ts';

export const SRC = resolve(import.meta.dirname, '../..');
export const TOKENS_PATH = join(SRC, 'styles', 'tokens.css');

export interface SourceFile {
  /** Relative to the repository, for messages. */
  name: string;
  text: string;
}

/** Every file under src/ whose name ends with one of the endings, tokens.css left out. */
export function sourceFiles(...endings: string[]): SourceFile[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((f) => endings.some((e) => f.endsWith(e)))
    .map((f) => join(SRC, f))
    .filter((f) => f !== TOKENS_PATH)
    .sort()
    .map((f) => ({ name: relative(resolve(SRC, '..'), f), text: readFileSync(f, 'utf8') }));
}

/** Comments and strings blanked out, keeping every line where it was. */
const blankOut = (css: string) => css.replace(/\/\*[\s\S]*?\*\/|'[^'\n]*'|"[^"\n]*"/g, (m) => m.replace(/[^\n]/g, ' '));

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

const HEX = /#[0-9a-f]{3,8}\b/i;
const COLOUR_FUNCTION = /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix|light-dark)\(/i;
// A word on its own: not part of a custom property's name such as --highlight.
const WORD = /(?<![\w-])[a-z][\w-]*/gi;
const DECLARATION = /([\w-]+)\s*:\s*([^;{}]+)(?=[;}])/g;

/** "file:line: declaration" for each declaration that writes a colour itself. */
export function rawColours(file: SourceFile): string[] {
  const text = blankOut(file.text);
  const found: string[] = [];
  for (const m of text.matchAll(DECLARATION)) {
    const value = (m[2] ?? '').replace(/url\([^)]*\)/g, '');
    const named = [...value.matchAll(WORD)].some(([w]) => CSS_COLOUR_NAMES.has(w.toLowerCase()));
    if (HEX.test(value) || COLOUR_FUNCTION.test(value) || named) found.push(`${file.name}:${lineAt(text, m.index)}: ${m[0].trim()}`);
  }
  return found;
}

/** "file:line: @media …" for each media query that is neither for print nor a breakpoint of the tokens. */
export function mediaOffTokens(file: SourceFile, breakpoints: readonly string[]): string[] {
  const text = blankOut(file.text);
  return [...text.matchAll(/@media\s+([^{]+)\{/g)]
    .filter(([, query]) => {
      const q = (query ?? '').trim();
      const named = [...q.matchAll(/\((--[\w-]+)\)/g)].map(([, name]) => name);
      const bare = q.replace(/\((--[\w-]+)\)/g, '').replace(/\b(?:and|or|not|only|print|screen)\b|,/g, '').trim();
      return bare !== '' || named.some((n) => !breakpoints.includes(n as string));
    })
    .map((m) => `${file.name}:${lineAt(text, m.index)}: ${m[0].trim()}`);
}
