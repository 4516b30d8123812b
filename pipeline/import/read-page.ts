// Node side: a web page saved from a browser, read off the disk into a document to take apart.
// Nothing is fetched: the page's scripts do not run and its images, styles and frames are not loaded.
import { readFileSync, statSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';

export type PageResult = { ok: true; document: Document } | { ok: false; error: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The saved page as a document; `label` is how messages name the file. */
export function readPage(path: string, label = path): PageResult {
  let bytes: Buffer;
  try {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return { ok: false, error: `${label}: no such file` };
    if (stat.isDirectory()) return { ok: false, error: `${label} is a folder; give the .html file the browser saved` };
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, error: `${label} cannot be read: ${(error as Error).message}` };
  }
  if (bytes.toString('latin1').trim() === '') return { ok: false, error: `${label} is empty` };
  return { ok: true, document: parseHtml(bytes) };
}

/**
 * Browsers save pages in UTF-8 nearly always, sometimes without saying so; a page that is not valid
 * UTF-8 is decoded by the encoding it declares.
 */
export function parseHtml(html: string | Buffer): Document {
  let source: string | Buffer = html;
  if (typeof html !== 'string') {
    try {
      source = utf8.decode(html);
    } catch {
      source = html;
    }
  }
  // A console of its own keeps the page's unparsable styles from being reported as our errors.
  const dom = new JSDOM(source, { contentType: 'text/html', virtualConsole: new VirtualConsole() });
  return dom.window.document;
}
