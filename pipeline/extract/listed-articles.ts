// Node side: the articles data/sources.json lists, with where their files are and their body markers.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { BodyMarkers } from './body-range.ts';

export interface ListedArticle {
  id: string;
  /** Absolute path of the text file. */
  path: string;
  body: BodyMarkers;
}

// Only the fields the extractor needs; the build's verifier checks the rest.
const sourcesSchema = z.object({
  articles: z.array(
    z.object({
      id: z.string(),
      file: z.string(),
      body: z.object({ after: z.string().nullable(), before: z.string().nullable() }),
    }),
  ),
});

/** The listed articles, or none when the data folder has no sources.json; throws on a malformed one. */
export function readListedArticles(dataDir: string): ListedArticle[] {
  const file = join(dataDir, 'sources.json');
  if (!existsSync(file)) return [];
  const parsed = sourcesSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not a valid sources file: ${z.prettifyError(parsed.error)}`);
  return parsed.data.articles.map((a) => ({ id: a.id, path: resolve(dataDir, a.file), body: { after: a.body.after, before: a.body.before } }));
}

const canonical = (path: string) => (existsSync(path) ? realpathSync(path) : resolve(path));

/** The listed article stored at `path`, comparing resolved paths so symlinks and ./.. do not matter. */
export function findListed(articles: readonly ListedArticle[], path: string): ListedArticle | undefined {
  const wanted = canonical(path);
  return articles.find((a) => canonical(a.path) === wanted);
}
