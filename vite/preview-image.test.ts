import { Window } from 'happy-dom';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { sampleCorpus, testContent } from '../src/content/test-support/content-fixture.ts';
import type { Content } from '../src/content/types.ts';
import { previewTextFor } from '../src/briefing/link-preview.ts';
import { CARD_FONT } from '../src/briefing/preview-card-parts.ts';
import { previewCardFor } from '../src/briefing/preview-geography.ts';
import { textWidth } from '../src/briefing/text-width.ts';
import { PNG_HEIGHT, PNG_WIDTH, PREVIEW_FONT_FAMILY, PREVIEW_FONTS, renderPreviewPng } from './preview-image.ts';

const HOSTILE_NAME = `<script> alert("x") </script> & 'Z'`;
const HOSTILE_QUOTE = `</text><script>alert(1)</script> “Quoted” & 'more' <b>bold</b> ]]> <!-- -->`;

/** The sample corpus with New Zealand renamed and its report's quote replaced. */
function corpus(name: string, quote: string): Content {
  const c = sampleCorpus();
  return {
    ...c,
    countries: c.countries.map((country) => (country.iso3 === 'NZL' ? { ...country, name } : country)),
    claims: c.claims.map((claim) => (claim.id === 'a-nzl' ? { ...claim, quote } : claim)),
  };
}

function card(country: string | null, name = 'New Zealand', quote = 'A quote.') {
  const { content } = testContent({ corpus: corpus(name, quote), atHand: { whole: true } });
  return previewCardFor(content, country, previewTextFor(content, country));
}

/** The size a PNG says it is, from its header: the IHDR chunk right after the signature. */
function headerSize(png: Buffer): [number, number] {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

/** How many pixels in the box differ from pure white: ink, in a region of a white card. */
function inked(image: PNG, x0: number, y0: number, x1: number, y1: number): number {
  let count = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * image.width + x) * 4;
      if (Math.min(image.data[i] ?? 255, image.data[i + 1] ?? 255, image.data[i + 2] ?? 255) < 200) count++;
    }
  }
  return count;
}

/** The columns a line of text inks, in a card with nothing else on it. */
function inkedColumns(image: PNG): [number, number] {
  const columns = Array.from({ length: image.width }, (_, x) => inked(image, x, 0, x + 1, image.height) > 0);
  return [columns.indexOf(true), columns.lastIndexOf(true)];
}

const blankCard = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><rect width="1200" height="630" fill="#fff"/>${body}</svg>`;

describe('a preview image', () => {
  it('is a PNG of exactly 1200 × 630, in its header and when decoded', () => {
    const png = renderPreviewPng(card('NZL'));
    expect(headerSize(png)).toEqual([PNG_WIDTH, PNG_HEIGHT]);
    const image = PNG.sync.read(png);
    expect([image.width, image.height, image.data.length]).toEqual([1200, 630, 1200 * 630 * 4]);
  });

  it('draws the country’s name in the font kept with the build', () => {
    const image = PNG.sync.read(renderPreviewPng(card('NZL')));
    const unnamed = PNG.sync.read(renderPreviewPng(card('NZL', ' ')));
    // Where the name is set, left of the map: thousands of inked pixels, none without it.
    expect(inked(image, 56, 95, 600, 160)).toBeGreaterThan(3000);
    expect(inked(unnamed, 56, 95, 600, 160)).toBe(0);
  });

  it('draws text only with the fonts kept with the build, never the machine’s', () => {
    const set = (family: string) => PNG.sync.read(renderPreviewPng(blankCard(`<text x="0" y="100" font-family="${family}" font-size="64" font-weight="700">Mozambique</text>`))).data;
    expect(inked(PNG.sync.read(renderPreviewPng(blankCard(`<text x="0" y="100" font-family="${CARD_FONT}" font-size="64">Mozambique</text>`))), 0, 0, 1200, 630)).toBeGreaterThan(2000);
    // A family the machine may have (DejaVu Sans is on many Linux systems) is drawn in the kept font all the same.
    expect(set('DejaVu Sans').equals(set(CARD_FONT))).toBe(true);
    expect(set('serif').equals(set(CARD_FONT))).toBe(true);
    expect(PREVIEW_FONTS.map((f) => f.split('/').slice(-2).join('/'))).toEqual(['fonts/LiberationSans-Regular.ttf', 'fonts/LiberationSans-Bold.ttf']);
    expect(PREVIEW_FONT_FAMILY).toBe(CARD_FONT);
  });

  it('sets text no wider than the card’s layout measured it, so that nothing runs into the map', () => {
    for (const [words, size, bold] of [
      ['Mozambique', 64, true],
      ['Saint Vincent and the Grenadines', 46, true],
      ['“These nations include India, Malaysia, New Zealand,', 29, false],
    ] as const) {
      const weight = bold ? ' font-weight="700"' : '';
      const image = PNG.sync.read(renderPreviewPng(blankCard(`<text x="10" y="300" font-family="${CARD_FONT}" font-size="${size}"${weight}>${words}</text>`)));
      const [left, right] = inkedColumns(image);
      expect(left).toBeGreaterThanOrEqual(10);
      expect(right - 10).toBeLessThanOrEqual(textWidth(words, { size, bold }));
      // And not much narrower: the estimate is the font's own widths, not a guess.
      expect(right - 10).toBeGreaterThan(textWidth(words, { size, bold }) * 0.9);
    }
  });

  it('draws hostile names and quotes as text: the SVG keeps them exactly as text and makes no element of them', () => {
    const svg = card('NZL', HOSTILE_NAME, HOSTILE_QUOTE);
    expect(() => renderPreviewPng(svg)).not.toThrow();
    const doc = new new Window().DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelectorAll('script, b')).toHaveLength(0);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    const name = [...doc.querySelectorAll('text')].filter((t) => Number(t.getAttribute('font-size')) >= 46).map((t) => t.textContent);
    expect(name.join(' ')).toBe(HOSTILE_NAME);
    expect(texts.join(' ')).toContain(`“${HOSTILE_QUOTE}”`);
    expect(doc.querySelector('title')?.textContent).toBe(`${HOSTILE_NAME}: named by 2 of 2 articles`);
  });

  it('draws the overview too', () => {
    expect(headerSize(renderPreviewPng(card(null)))).toEqual([1200, 630]);
  });

  it('refuses an SVG that would not fill the image exactly', () => {
    expect(() => renderPreviewPng('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="700"/>')).toThrow('must be 1200 × 630');
  });
});
