// The slides on what changed between the reports: the map coloured by which reports name each
// country, and what each report names that the one before it did not, in type sized to fit.
import type PptxGenJS from 'pptxgenjs';
import { addMap, numberedTitle, type DeckImage } from './slide-pages.ts';
import { INK, SLIDE, TITLE } from './slide-text.ts';
import { wrapText } from './text-fit.ts';

/** The column beside the map, in inches. */
export const CHANGES_COLUMN = { x: 7.3, y: 1.25, w: SLIDE.width - 7.8, h: 5.55 } as const;
const SIZES = [24, 20, 18, 16, 14] as const;
const SMALLEST = 14;
const LEADING = 1.2;
// Measured in Liberation Sans (Arial's widths), a little narrower than the box for its insets.
const WIDTH = CHANGES_COLUMN.w * 72 * 0.92;

/** The sentences of one slide, the size they are set in, and whether the one sentence had to be cut. */
export interface SentencePage {
  sentences: string[];
  size: number;
  cut: boolean;
}

const wrapped = (sentence: string, size: number, lines = Infinity) => wrapText(sentence, WIDTH, { size }, lines);
/** How many lines the sentences take at a size, with a blank line between each. */
export const linesAt = (sentences: readonly string[], size: number) => sentences.reduce((n, s, i) => n + (i > 0 ? 1 : 0) + wrapped(s, size).lines.length, 0);
/** How many lines the column holds at a size. */
export const linesIn = (size: number) => Math.floor((CHANGES_COLUMN.h * 72) / (size * LEADING));

/**
 * The sentences in runs of slides, as many to a slide as fit at the smallest size, each run then
 * set as large as it still fits. A sentence too long for a slide even in the smallest type is cut
 * at a word; the notes carry it in full.
 */
export function pageSentences(sentences: readonly string[]): SentencePage[] {
  const runs: string[][] = [];
  for (const sentence of sentences) {
    const run = runs.at(-1);
    if (run && linesAt([...run, sentence], SMALLEST) <= linesIn(SMALLEST)) run.push(sentence);
    else runs.push([sentence]);
  }
  return runs.map((run) => {
    const size = SIZES.find((s) => linesAt(run, s) <= linesIn(s));
    if (size) return { sentences: run, size, cut: false };
    return { sentences: [wrapped(run[0] ?? '', SMALLEST, linesIn(SMALLEST)).lines.join(' ')], size: SMALLEST, cut: true };
  });
}

/** The slides on what changed, after the overview: the map coloured by report on the left, the sentences on the right. */
export function addChangesSlides(pptx: PptxGenJS, sentences: readonly string[], map: DeckImage, mapPage: string): void {
  const title = 'What changed between the reports';
  const under = 'Coloured by which reports name each country as a place of North Korean activity.';
  pageSentences(sentences).forEach(({ sentences: shown, size }, i, all) => {
    const slide = pptx.addSlide();
    slide.addText(numberedTitle(title, i, all.length), TITLE);
    addMap(slide, map, 'World map of the named countries, coloured by which reports name each', under);
    slide.addText(
      shown.map((text, j) => ({ text, options: { fontSize: size, color: INK, breakLine: true, paraSpaceBefore: j > 0 ? size * LEADING : 0 } })),
      { ...CHANGES_COLUMN, valign: 'top', lineSpacingMultiple: LEADING, fit: 'shrink' },
    );
    slide.addNotes([`${title}. ${under}`, ...sentences, `The map coloured by report on Report Atlas: ${mapPage}`].join('\n'));
  });
}
