// The story's own text from a saved page: furniture out first, then Readability finds the article,
// and its blocks become clean paragraphs.
import { Readability } from '@mozilla/readability';
import { countOf } from '../../src/content/plural.ts';
import { removeFurniture } from './page-furniture.ts';

/** Below these, what Readability found is not an article: a site index, a gallery, a login page. */
export const MIN_CHARACTERS = 500;
export const MIN_PARAGRAPHS = 3;

export type ArticleTextResult = { ok: true; paragraphs: string[] } | { ok: false; reason: string };

/** Elements whose text is a paragraph of its own. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'BR',
]);
const CELLS = new Set(['TD', 'TH']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FIGURE', 'FIGCAPTION', 'PICTURE', 'IMG', 'VIDEO', 'AUDIO', 'SVG', 'BUTTON']);

/** One paragraph's text as a reader sees it: no-break and other spaces as plain spaces, invisible characters out. */
export function cleanParagraph(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

interface Paragraphs {
  paragraphs: string[];
  /** Characters of the text that sit in links. */
  linked: number;
}

/** The element's text, a paragraph per block, as a browser lays it out. */
export function paragraphsOf(root: Element): Paragraphs {
  const paragraphs: string[] = [];
  let current = '';
  let linked = 0;
  const flush = () => {
    const text = cleanParagraph(current);
    if (text !== '') paragraphs.push(text);
    current = '';
  };
  const visit = (node: Node, inLink: boolean) => {
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      current += text;
      if (inLink) linked += text.trim().length;
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    const block = BLOCKS.has(tag);
    if (block) flush();
    if (CELLS.has(tag)) current += ' ';
    for (const child of node.childNodes) visit(child, inLink || tag === 'A');
    if (block) flush();
  };
  visit(root, false);
  flush();
  return { paragraphs, linked };
}

/**
 * The article's paragraphs, or why the page is not an article. Takes the furniture out of
 * `document` (changing it) before Readability reads it.
 */
export function articleText(document: Document, furniture?: readonly Element[]): ArticleTextResult {
  removeFurniture(document, furniture);
  const article = new Readability<Node>(document, { serializer: (node) => node }).parse();
  if (!article?.content) return { ok: false, reason: 'no article text was found in it' };
  const { paragraphs, linked } = paragraphsOf(article.content as Element);
  const characters = paragraphs.reduce((n, p) => n + p.length, 0);
  if (characters < MIN_CHARACTERS || paragraphs.length < MIN_PARAGRAPHS) {
    return {
      ok: false,
      reason: `its main text is ${countOf(characters, 'character')} in ${countOf(paragraphs.length, 'paragraph')}; an article has at least ${MIN_CHARACTERS} characters in ${MIN_PARAGRAPHS} paragraphs`,
    };
  }
  if (linked * 2 > characters) return { ok: false, reason: 'most of its main text is links, as on a list of stories' };
  return { ok: true, paragraphs };
}
