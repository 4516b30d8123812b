// The deck's type: its colours, the title, and quotes set as paragraphs, sized to be read in a room.
import type PptxGenJS from 'pptxgenjs';
import type { ContentIndex } from '../content/content-index.ts';
import { articleDateText, KIND_LABELS, speakerLabel } from '../content/labels.ts';
import type { Claim } from '../content/types.ts';
import { colour } from './export-colours.ts';

/** The slide in inches: 16:9. */
export const SLIDE = { width: 13.333, height: 7.5 } as const;

// The deck takes the light scheme's colours, written as pptxgenjs wants them: RRGGBB, no #.
const slideColour = (token: string) => colour(token).replace('#', '').toUpperCase();
export const INK = slideColour('--ink');
export const MUTED = slideColour('--muted');
export const ACCENT = slideColour('--accent');

export const TITLE = { x: 0.5, y: 0.3, w: SLIDE.width - 1, h: 0.8, fontSize: 28, bold: true, color: INK, fit: 'shrink' } as const;

// A slide holds quotes up to this weight, and no more than three of them: more, and the type gets
// too small to read in a room. A quote weighs its characters and the lines over and under it; a
// longer quote still has a slide to itself.
const QUOTE_BUDGET = 700;
const QUOTE_OVERHEAD = 140;
const MAX_QUOTES = 3;
// The quote's size by the characters of the quotes on the slide.
const QUOTE_SIZES: readonly [number, number][] = [
  [200, 20],
  [360, 18],
  [QUOTE_BUDGET - QUOTE_OVERHEAD, 16],
];

/** The first quotes, in order, that fit one slide (always at least one), and the rest. */
export function fitQuotes<T>(items: readonly T[], words: (item: T) => string): { shown: T[]; rest: T[] } {
  let used = 0;
  let n = 0;
  while (n < items.length && n < MAX_QUOTES) {
    const weight = words(items[n] as T).length + QUOTE_OVERHEAD;
    if (n > 0 && used + weight > QUOTE_BUDGET) break;
    used += weight;
    n++;
  }
  return { shown: items.slice(0, n), rest: items.slice(n) };
}

/** Items in runs of slides: each slide's share as fitQuotes takes it. */
export function pageQuotes<T>(items: readonly T[], words: (item: T) => string): T[][] {
  const pages: T[][] = [];
  let rest = [...items];
  while (rest.length > 0) {
    const fit = fitQuotes(rest, words);
    pages.push(fit.shown);
    rest = fit.rest;
  }
  return pages;
}

const quoteSize = (characters: number) => QUOTE_SIZES.find(([most]) => characters <= most)?.[1] ?? 14;

/** The paragraphs of a slide's quotes: each with a label over it, and its speaker and linked article under it. */
export function quoteParagraphs(quotes: readonly { claim: Claim; label: string }[], index: Pick<ContentIndex, 'articles' | 'reports'>): PptxGenJS.TextProps[] {
  const size = quoteSize(quotes.reduce((n, q) => n + q.claim.quote.length, 0));
  return quotes.flatMap(({ claim, label }) => {
    const article = index.articles.get(claim.article);
    const source = article ? `${article.publisher}${article.headline ? `, “${article.headline}”` : ''}, ${articleDateText(article)}` : '';
    return [
      { text: label, options: { fontSize: 11, color: MUTED, bold: true, breakLine: true } },
      { text: `“${claim.quote}”`, options: { fontSize: size, color: INK, breakLine: true } },
      { text: `${speakerLabel(claim.speaker, index.reports)} · `, options: { fontSize: 11, color: MUTED } },
      { text: source, options: { fontSize: 11, color: ACCENT, ...(article ? { hyperlink: { url: article.url } } : {}), breakLine: true } },
      { text: ' ', options: { fontSize: 8, breakLine: true } },
    ];
  });
}

/** A country's quote, labelled with what it says of the country. */
export const kindLabelled = (claim: Claim) => ({ claim, label: KIND_LABELS[claim.kind] });
