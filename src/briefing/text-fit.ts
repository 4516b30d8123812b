// Fitting words into a space: a link preview's description into its characters, a quote into the
// lines of a card. A cut text keeps the speaker's words exactly, as far as it goes, then "…".
import { textWidth, type TextStyle } from './text-width.ts';

export const ELLIPSIS = '…';

// A cut after a comma or a dash reads as if something were missing twice over.
const TRAILING = /[\s,;:–—-]+$/u;

/**
 * The text itself if it fits, else its longest beginning that ends at a word and fits with "…"
 * after it; a single word too long for the space is cut between characters. The part before "…"
 * is always the text's own beginning, character for character. Empty when not even "…" fits.
 */
export function cutAtWord(text: string, fits: (candidate: string) => boolean): string {
  if (fits(text)) return text;
  const cuts = [...text.matchAll(/\s+/gu)].map((m) => m.index);
  for (let i = cuts.length - 1; i >= 0; i--) {
    const head = text.slice(0, cuts[i]).replace(TRAILING, '');
    if (head !== '' && fits(head + ELLIPSIS)) return head + ELLIPSIS;
  }
  const chars = [...text];
  for (let n = chars.length - 1; n > 0; n--) {
    const head = chars.slice(0, n).join('');
    if (fits(head + ELLIPSIS)) return head + ELLIPSIS;
  }
  return fits(ELLIPSIS) ? ELLIPSIS : '';
}

export interface Wrapped {
  lines: string[];
  /** Whether the text was cut short to fit the lines. */
  cut: boolean;
}

/** The longest beginning of `word` that fits on a line by itself; at least one character. */
function widestPart(word: string, fits: (s: string) => boolean): string {
  const chars = [...word];
  let n = chars.length;
  while (n > 1 && !fits(chars.slice(0, n).join(''))) n--;
  return chars.slice(0, n).join('');
}

/**
 * The text in at most `maxLines` lines of at most `width`, filled word by word; what does not fit
 * is cut at a word with "…" on the last line. `after` is set right after the text (a closing
 * quotation mark) and must fit on its last line too.
 */
export function wrapText(text: string, width: number, style: TextStyle, maxLines: number, after = ''): Wrapped {
  const fits = (line: string) => textWidth(line, style) <= width;
  const words = text.split(/\s+/u).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  while (words.length > 0 && lines.length < maxLines) {
    const word = words[0] as string;
    const candidate = line === '' ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      words.shift();
    } else if (line === '') {
      // A word wider than a whole line (a long address, say) is broken where the line ends.
      const part = widestPart(word, fits);
      lines.push(part);
      words[0] = word.slice(part.length);
    } else {
      lines.push(line);
      line = '';
    }
  }
  if (line !== '' && lines.length < maxLines) lines.push(line);
  const last = lines.length - 1;
  const rest = words.join(' ');
  const cut = rest !== '';
  const lastLine = cut ? `${lines[last] ?? ''} ${rest}` : (lines[last] ?? '');
  if (last >= 0) lines[last] = cutAtWord(lastLine, (s) => fits(s + after));
  return { lines, cut: cut || lines[last] !== lastLine };
}
