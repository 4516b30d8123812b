// Reads the design tokens (src/styles/tokens.css) as data: the build gives its breakpoints to every
// stylesheet and its colours to the exports, and the tests check the stylesheets against it.

export interface DesignTokens {
  /** `@custom-media` rules, as written: every stylesheet is given them. */
  customMedia: string[];
  /** Each breakpoint's name, such as `--phone`. */
  breakpoints: string[];
  /** Every token with its value in the light scheme, `var()` references resolved. */
  light: Record<string, string>;
  /** The same in the dark scheme. */
  dark: Record<string, string>;
}

const DARK_BLOCK = /@media\s*(?:screen\s+and\s*)?\(prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{([^}]*)\}\s*\}/;
// Every rule for :root, alone or with others (the light surfaces share the scheme's rule).
const ROOT_BLOCKS = /:root[^{}]*\{([^}]*)\}/g;
const CUSTOM_MEDIA = /@custom-media\s+(--[\w-]+)\s+[^;]+;/g;
const DECLARATION = /(--[\w-]+)\s*:\s*([^;]+);/g;
const VAR = /var\((--[\w-]+)\)/g;

const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

function declarations(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(DECLARATION)].map(([, name, value]) => [name as string, (value as string).trim()]));
}

/** Each token's value with every `var()` replaced by what it names, however deep. */
export function resolveTokens(declared: Readonly<Record<string, string>>): Record<string, string> {
  const resolve = (name: string, seen: readonly string[]): string => {
    const value = declared[name];
    if (value === undefined) throw new Error(`The token ${seen.at(-1) ?? name} refers to ${name}, which is not defined.`);
    if (seen.includes(name)) throw new Error(`The tokens ${[...seen, name].join(' → ')} refer to each other.`);
    return value.replace(VAR, (_, next: string) => resolve(next, [...seen, name]));
  };
  return Object.fromEntries(Object.keys(declared).map((name) => [name, resolve(name, [])]));
}

export function readTokens(css: string): DesignTokens {
  const text = withoutComments(css);
  const dark = DARK_BLOCK.exec(text);
  const light = [...text.replace(DARK_BLOCK, '').matchAll(ROOT_BLOCKS)];
  if (light.length === 0) throw new Error('The tokens have no :root block.');
  const lightDeclared = Object.assign({}, ...light.map(([, block]) => declarations(block ?? ''))) as Record<string, string>;
  const customMedia = [...text.matchAll(CUSTOM_MEDIA)];
  return {
    customMedia: customMedia.map(([rule]) => rule),
    breakpoints: customMedia.map(([, name]) => name as string),
    light: resolveTokens(lightDeclared),
    dark: resolveTokens({ ...lightDeclared, ...declarations(dark?.[1] ?? '') }),
  };
}
