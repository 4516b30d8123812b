// Text on the link-preview card is laid out before it is drawn, so its width is estimated here from
// the advance widths of the font the card names (Liberation Sans, kept in vite/fonts; the metrics
// are Arial's). Kerning only ever narrows a line, so the estimate errs on the safe side.

/** Advance widths in thousandths of an em, for the characters from the space (32) to the tilde (126). */
const REGULAR: readonly number[] = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const BOLD: readonly number[] = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
  611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
  278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
/** The punctuation the atlas writes itself; [regular, bold]. */
const PUNCTUATION: Readonly<Record<string, readonly [number, number]>> = {
  '‘': [222, 278],
  '’': [222, 278],
  '“': [333, 500],
  '”': [333, 500],
  '…': [1000, 1000],
  '–': [556, 556],
  '—': [1000, 1000],
  '·': [278, 278],
};
// Anything else (accented letters, other scripts) is taken as a full em: too wide rather than too narrow.
const OTHER = 1000;

export interface TextStyle {
  size: number;
  bold?: boolean;
}

function charWidth(ch: string, bold: boolean): number {
  const code = ch.codePointAt(0) ?? 0;
  const ascii = (bold ? BOLD : REGULAR)[code - 32];
  if (ascii !== undefined && code >= 32) return ascii;
  const punctuation = PUNCTUATION[ch];
  return punctuation ? punctuation[bold ? 1 : 0] : OTHER;
}

/** The width of a line of text, in the units of its size. */
export function textWidth(text: string, { size, bold = false }: TextStyle): number {
  let thousandths = 0;
  for (const ch of text) thousandths += charWidth(ch, bold);
  return (thousandths * size) / 1000;
}
