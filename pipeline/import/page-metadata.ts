// What a saved page says about itself: who published it, its headline, its address and its date,
// each with where on the page it was found, so the person importing it can check.
import { jsonLdArticle } from './json-ld.ts';

/** A value and the part of the page it came from ("og:site_name", "JSON-LD datePublished", …). */
export interface Found {
  value: string;
  from: string;
}

export interface PageMetadata {
  publisher: Found | null;
  headline: Found | null;
  /** The page's canonical address, when it is an https one. */
  url: Found | null;
  /** An address the page gives that is not https, which the atlas does not accept. */
  insecureUrl: Found | null;
  /** The date as written, before it is read as a day. */
  published: Found | null;
}

const clean = (value: string | null | undefined) => value?.replace(/\s+/gu, ' ').trim() || null;

const found = (value: string | null | undefined, from: string): Found | null => {
  const v = clean(value);
  return v === null ? null : { value: v, from };
};

function meta(document: Document, property: string): string | null {
  // Open Graph asks for `property`; many sites write `name`.
  const element = document.querySelector(`meta[property="${property}" i], meta[name="${property}" i]`);
  return clean(element?.getAttribute('content'));
}

const outside = (furniture: readonly Element[]) => (element: Element) => !furniture.some((f) => f.contains(element));

/** The first element for the selectors, in that order of preference, that is not page furniture. */
function firstOf(document: Document, selectors: readonly string[], furniture: readonly Element[]): Element | null {
  for (const selector of selectors) {
    const element = [...document.querySelectorAll(selector)].find(outside(furniture));
    if (element) return element;
  }
  return null;
}

/** og:title often ends with the site's name ("Headline | The Courier"); the headline is what comes before. */
function withoutSiteName(title: string, site: string | null): string {
  if (!site) return title;
  const suffix = new RegExp(`\\s+[|\\-–—:]\\s+${site.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}$`, 'iu');
  return title.replace(suffix, '').trim() || title;
}

function absoluteUrl(value: string | null, base?: string): URL | null {
  if (!value) return null;
  try {
    return new URL(value, base);
  } catch {
    return null;
  }
}

/** The page's own address: its canonical link, else og:url; the first that is https. */
function pageUrls(document: Document): Pick<PageMetadata, 'url' | 'insecureUrl'> {
  const og = absoluteUrl(meta(document, 'og:url'));
  const canonical = absoluteUrl(clean(document.querySelector('link[rel~="canonical" i]')?.getAttribute('href')), og?.href);
  const candidates = [
    { url: canonical, from: 'link rel=canonical' },
    { url: og, from: 'og:url' },
  ].filter((c): c is { url: URL; from: string } => c.url !== null);
  const https = candidates.find((c) => c.url.protocol === 'https:');
  const other = candidates.find((c) => c.url.protocol !== 'https:');
  return {
    url: https ? { value: https.url.href, from: https.from } : null,
    insecureUrl: other ? { value: other.url.href, from: other.from } : null,
  };
}

/**
 * The page's metadata, from its Open Graph tags, its JSON-LD and, for the headline and date, its
 * markup. An h1 or a time element inside `furniture` (a most-read list, a comment) does not count.
 */
export function pageMetadata(document: Document, furniture: readonly Element[] = []): PageMetadata {
  const ld = jsonLdArticle(document);
  const publisher = found(meta(document, 'og:site_name'), 'og:site_name') ?? found(ld.publisher, 'JSON-LD publisher.name');
  const ogTitle = meta(document, 'og:title');
  const h1 = firstOf(document, ['article h1', 'main h1', 'h1'], furniture);
  const headline =
    found(ogTitle && withoutSiteName(ogTitle, publisher?.value ?? null), 'og:title') ?? found(ld.headline, 'JSON-LD headline') ?? found(h1?.textContent, 'h1');
  const time = firstOf(document, ['article time[datetime]', 'time[datetime]'], furniture);
  const published =
    found(meta(document, 'article:published_time'), 'article:published_time') ??
    found(ld.datePublished, 'JSON-LD datePublished') ??
    found(time?.getAttribute('datetime'), '<time datetime>');
  return { publisher, headline, ...pageUrls(document), published };
}
