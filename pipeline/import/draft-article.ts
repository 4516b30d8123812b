// A saved page made into a new article for sources.json: its text and its entry, with notes on what
// the page did not say. Nothing is written here.
import { createHash } from 'node:crypto';
import type { RawArticle } from '../schema.ts';
import { articleId, shortSlug, siteName } from './article-names.ts';
import { articleText } from './article-text.ts';
import { findFurniture } from './page-furniture.ts';
import { pageMetadata, type Found } from './page-metadata.ts';
import { publicationDay } from './publication-date.ts';

/** An article ready to be written, except for the reports it covers. */
export interface Draft {
  text: string;
  paragraphs: number;
  sha256: string;
  /** The entry's fields that come from the page. */
  article: Pick<RawArticle, 'id' | 'publisher' | 'headline' | 'url' | 'published' | 'publishedNote'>;
  /** The file name under articles/, without its number and .txt: "north-koreas-elite-still-reach". */
  slug: string;
  /** Where each value of the entry came from on the page. */
  sources: { publisher: string; headline: string | null; url: string };
  /** What the page did not say, for the person importing it. */
  notes: string[];
}

export type DraftResult = { ok: true; draft: Draft } | { ok: false; error: string };

export interface DraftInput {
  document: Document;
  /** How messages name the saved page. */
  label: string;
  /** The article's https address when the page does not give one (--url). */
  url?: string;
  /** Ids sources.json already uses. */
  takenIds: ReadonlySet<string>;
}

const isHttps = (value: string) => {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
};

function chooseUrl(given: string | undefined, page: ReturnType<typeof pageMetadata>, label: string): { ok: true; url: Found; notes: string[] } | { ok: false; error: string } {
  if (given !== undefined) {
    if (!isHttps(given)) return { ok: false, error: `--url ${given} is not an https:// address; the atlas links only to https pages` };
    const url = new URL(given).href;
    const notes = page.url && page.url.value !== url ? [`using --url ${url}; the page's own ${page.url.from} is ${page.url.value}`] : [];
    return { ok: true, url: { value: url, from: '--url' }, notes };
  }
  if (page.url) return { ok: true, url: page.url, notes: [] };
  const insecure = page.insecureUrl ? ` It gives only ${page.insecureUrl.value} (${page.insecureUrl.from}), which is not https.` : ' It has no link rel=canonical or og:url.';
  return { ok: false, error: `${label} does not say its https address.${insecure} Pass the article's address: --url https://...` };
}

function publishedOf(found: Found | null): { published: string | null; publishedNote: string; note?: string } {
  if (!found) {
    return {
      published: null,
      publishedNote: 'the saved page gives no date (no article:published_time, JSON-LD datePublished or <time datetime>)',
      note: 'the page gives no date: "published" is null; if the text dates itself, set it, with "publishedInferred": true and the reason in "publishedNote"',
    };
  }
  const day = publicationDay(found.value);
  if (!day) {
    return {
      published: null,
      publishedNote: `the page's ${found.from} "${found.value}" is not an ISO date`,
      note: `the page's ${found.from} "${found.value}" is not an ISO date: "published" is null; set it by hand if you can tell the day`,
    };
  }
  const hasTime = found.value.trim().length > day.length;
  // A time stamped in UTC says nothing of the publication's own day, which may differ: say so.
  const utc = /(?:Z|[+-]00:?00)$/i.test(found.value.trim());
  const zone = !hasTime ? '' : utc ? ', the day in UTC, which the page gives; the publication’s own day may differ' : ", the day in the publication's own time zone";
  return {
    published: day,
    publishedNote: `the page's ${found.from} ${found.value}${zone}`,
    ...(hasTime && utc ? { note: `the page stamps its date in UTC (${found.value}): "published" is that day, which may not be the publication's own; check it against the text` } : {}),
  };
}

/** The new article from a saved page: its text, its entry and what to tell the user, or why it cannot be. */
export function draftArticle({ document, label, url: givenUrl, takenIds }: DraftInput): DraftResult {
  const furniture = findFurniture(document);
  const page = pageMetadata(document, furniture);
  const url = chooseUrl(givenUrl, page, label);
  if (!url.ok) return url;
  const body = articleText(document, furniture);
  if (!body.ok) return { ok: false, error: `${label} does not look like an article: ${body.reason}` };

  const notes = [...url.notes];
  const host = new URL(url.url.value).hostname.replace(/^www\./u, '');
  const publisher = page.publisher ?? { value: host, from: 'the host name of its address' };
  if (!page.publisher) notes.push(`the page names no publisher (no og:site_name or JSON-LD publisher.name): "publisher" is its host name, ${host}; put the publication's name there`);
  if (!page.headline) notes.push('the page gives no headline (no og:title, JSON-LD headline or h1): "headline" is null');
  const date = publishedOf(page.published);
  if (date.note) notes.push(date.note);

  const headline = page.headline?.value ?? null;
  // The headline is the publication's words too: the text starts with it.
  const paragraphs = headline !== null && body.paragraphs[0] !== headline ? [headline, ...body.paragraphs] : body.paragraphs;
  const text = `${paragraphs.join('\n\n')}\n`;
  const id = articleId(siteName(url.url.value) || publisher.value, date.published, takenIds);
  return {
    ok: true,
    draft: {
      text,
      paragraphs: paragraphs.length,
      sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
      article: { id, publisher: publisher.value, headline, url: url.url.value, published: date.published, publishedNote: date.publishedNote },
      slug: shortSlug(headline ?? '') || id,
      sources: { publisher: publisher.from, headline: page.headline?.from ?? null, url: url.url.from },
      notes,
    },
  };
}
