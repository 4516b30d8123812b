// Node side: a drafted article written into a data folder, its text under articles/ and its entry
// at the end of sources.json. Both files are written whole or not at all.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { articleSchema, type RawArticle } from '../schema.ts';
import { writeAtomically } from '../write-atomically.ts';
import { nextFileNumber } from './article-names.ts';
import type { DataFolder } from './data-folder.ts';
import type { Draft } from './draft-article.ts';
import { appendArticle } from './sources-entry.ts';

export type AddResult = { ok: true; entry: RawArticle; textPath: string } | { ok: false; error: string };

/** The sources.json entry, its fields in the order the file's other entries keep. */
export function articleEntry(draft: Draft, file: string, reportsOn: readonly string[]): RawArticle {
  const { id, publisher, headline, url, published, publishedNote } = draft.article;
  return { id, file, sha256: draft.sha256, publisher, headline, url, published, publishedNote, reportsOn: [...reportsOn], body: { after: null, before: null } };
}

/** Why the article cannot be added to the folder as it is: it is there already. */
function alreadyThere(folder: DataFolder, draft: Draft): string | null {
  const sameText = folder.articles.find((a) => a.sha256 === draft.sha256);
  if (sameText) return `${folder.sourcesLabel} already has this text, as "${sameText.id}" (${sameText.file})`;
  const sameUrl = folder.articles.find((a) => a.url === draft.article.url);
  if (sameUrl) return `${folder.sourcesLabel} already lists ${draft.article.url}, as "${sameUrl.id}"`;
  return null;
}

/** Adds the article to the folder: checks everything first, then writes its text, then sources.json. */
export function addArticle(folder: DataFolder, draft: Draft, reportsOn: readonly string[]): AddResult {
  const duplicate = alreadyThere(folder, draft);
  if (duplicate) return { ok: false, error: duplicate };
  const file = `articles/${nextFileNumber(folder.fileNames)}_${draft.slug}.txt`;
  const entry = articleEntry(draft, file, reportsOn);
  const checked = articleSchema.safeParse(entry);
  if (!checked.success) {
    const issues = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    return { ok: false, error: `the new entry does not fit ${folder.sourcesLabel}: ${issues}` };
  }
  let sourcesText: string;
  try {
    sourcesText = appendArticle(folder.sourcesText, entry);
  } catch (error) {
    return { ok: false, error: `${folder.sourcesLabel}: ${(error as Error).message}` };
  }
  const textPath = join(folder.dir, file);
  if (existsSync(textPath)) return { ok: false, error: `${textPath} already exists` };

  try {
    mkdirSync(dirname(textPath), { recursive: true });
    writeAtomically(textPath, draft.text);
  } catch (error) {
    return { ok: false, error: `${textPath} could not be written: ${(error as Error).message}` };
  }
  try {
    writeAtomically(join(folder.dir, 'sources.json'), sourcesText);
  } catch (error) {
    // A text no entry lists would only be in the way: take it back out.
    rmSync(textPath, { force: true });
    return { ok: false, error: `${folder.sourcesLabel} could not be written: ${(error as Error).message}` };
  }
  return { ok: true, entry, textPath };
}
