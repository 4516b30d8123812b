// Two ways of counting places in an article text. The data and the app count UTF-16 units, as
// JavaScript strings do; a W3C Web Annotation counts characters (Unicode code points). They differ
// only where a text has characters outside the Basic Multilingual Plane, such as emoji.

export interface TextPositions {
  /** The number of characters in the text. */
  readonly characters: number;
  /** The character position of a UTF-16 offset (one inside a character counts as that character's end). */
  toCharacter: (utf16: number) => number;
  /** The UTF-16 offset of a character position, or null when the text has no such position. */
  toUtf16: (character: number) => number | null;
}

const isTrail = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
const isLead = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;

/** The positions of one text; made once per text, then each conversion is a look-up. */
export function textPositions(text: string): TextPositions {
  if (!/[\uD800-\uDFFF]/.test(text)) {
    return { characters: text.length, toCharacter: (utf16) => utf16, toUtf16: (character) => (Number.isInteger(character) && character >= 0 && character <= text.length ? character : null) };
  }
  // characterAt[u] is the character position of UTF-16 offset u; utf16At[c] the reverse.
  const characterAt = new Int32Array(text.length + 1);
  const utf16At: number[] = [];
  let character = 0;
  for (let u = 0; u < text.length; u++) {
    const pair = isLead(text.charCodeAt(u)) && isTrail(text.charCodeAt(u + 1));
    characterAt[u] = character;
    utf16At.push(u);
    if (pair) characterAt[++u] = character + 1;
    character++;
  }
  characterAt[text.length] = character;
  utf16At.push(text.length);
  return {
    characters: character,
    toCharacter: (utf16) => characterAt[Math.max(0, Math.min(utf16, text.length))] ?? character,
    toUtf16: (c) => (Number.isInteger(c) ? (utf16At[c] ?? null) : null),
  };
}
