import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';

/** Clicks a control that downloads a file, and returns the file's bytes. */
export async function downloadOf(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync(await download.path());
}

/** All the text of a PDF, white space folded. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

/** The text of each page of a PDF, white space folded. */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: false });
  return text.map((t) => t.replace(/\s+/g, ' '));
}

/** The width and height in pixels that a PNG's header declares. */
export function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The images a .pptx carries. */
export async function mediaOf(pptx: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(pptx);
  return Object.keys(zip.files).filter((n) => n.startsWith('ppt/media/') && !zip.files[n]?.dir);
}

/** The text of every slide of a .pptx (or of its speaker notes), in slide order, XML tags stripped. */
export async function slideTexts(pptx: Buffer, part: 'slides' | 'notes' = 'slides'): Promise<string[]> {
  const zip = await JSZip.loadAsync(pptx);
  const file = part === 'slides' ? /^ppt\/slides\/slide\d+\.xml$/ : /^ppt\/notesSlides\/notesSlide\d+\.xml$/;
  const names = Object.keys(zip.files)
    .filter((n) => file.test(n))
    .sort((a, b) => Number(a.match(/\d+/)?.[0]) - Number(b.match(/\d+/)?.[0]));
  const xml = await Promise.all(names.map((n) => zip.file(n)?.async('string') ?? ''));
  return xml.map((x) => unescapeXml(x.replace(/<\/a:p>/g, ' ').replace(/<[^>]+>/g, '')).replace(/\s+/g, ' '));
}
