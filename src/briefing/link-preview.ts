// What a link to a page of the atlas shows where it is shared: a title, a description and the words
// of its image, for the country's page or the overview. Built at build time from the content object.
import type { AtlasContent } from '../content/atlas-content.ts';
import type { CountryStatus, CountrySummary } from '../content/content-index.ts';
import { inSentence, standingLine, summaryLine } from '../content/labels.ts';
import { countOf } from '../content/plural.ts';
import { ACTIVITY_KINDS, type Claim, type ClaimKind } from '../content/types.ts';
import { APP_TITLE } from '../state/atlas-model.ts';
import { escapeXml } from './map-svg.ts';
import { cutAtWord, ELLIPSIS } from './text-fit.ts';
import { passageSharing, strongestClaim } from './tour-steps.ts';
import { NO_FILTERS } from '../content/filters.ts';

export interface PreviewQuote {
  /** The quote verbatim and whole; whatever shows it cuts it to its space. */
  text: string;
  outlet: string;
}

export interface PreviewText {
  title: string;
  description: string;
  /** The preview image in words. */
  imageAlt: string;
  /** The country's name; null for the overview. */
  name: string | null;
  quote: PreviewQuote | null;
}

// Search results and link cards show about this much of a description.
const DESCRIPTION_LENGTH = 200;
// X's limit for an image's alternative text.
const ALT_LENGTH = 420;
// A quote cut to fewer words says nothing; the description leaves it out instead.
const FEWEST_WORDS = 4;

/** Which quotes may stand for a country of each standing: the kinds its standing comes from. */
const KINDS_FOR: Record<CountryStatus, readonly ClaimKind[]> = { named: ACTIVITY_KINDS, subject: ['subject'], context: ['context'], none: [] };

const characters = (s: string) => [...s].length;

/**
 * The marks to set a quote in: curly double quotation marks, unless the quoted words open with a
 * quotation mark of their own (“Traffic …,” the report says), which a second would only double.
 */
export const quoteMarks = (text: string): [open: string, close: string] => (/^["“‘'„«]/u.test(text) ? ['', ''] : ['“', '”']);
const words = (s: string) => s.split(/\s+/u).filter((w) => w !== '' && w !== ELLIPSIS).length;

function summaryOf(content: AtlasContent, iso3: string): CountrySummary {
  const summary = content.summaryView(NO_FILTERS).summaries.get(iso3);
  if (!summary) throw new Error(`No country ${iso3} in the atlas.`);
  return summary;
}

/** The outlet that carried an article, from whatever is at hand. */
function outletOf(content: AtlasContent, article: string): string | undefined {
  return content.articleHead(article)?.publisher ?? content.summary.articles?.find((a) => a.id === article)?.publisher;
}

/**
 * The quote that stands for a country: for a named country the one its tour step shows (the same
 * rule, over the same passages when the whole content is at hand); for another, the strongest of
 * the quotes its standing comes from. A quote whose outlet is not known is not shown unattributed.
 */
function standingQuote(content: AtlasContent, summary: CountrySummary, quotes: readonly Claim[] | undefined): PreviewQuote | null {
  const whole = content.whole();
  const claims = quotes ?? content.quotes.ready(summary.iso3)?.claims ?? whole?.index.claimsByCountry.get(summary.iso3) ?? [];
  const shared = passageSharing(whole?.index.content.claims ?? claims);
  const claim = strongestClaim(claims, shared, KINDS_FOR[summary.status]);
  const outlet = claim && outletOf(content, claim.article);
  return claim && outlet ? { text: claim.quote, outlet } : null;
}

/** The sentence, then as much of the quote as fits, cut at a word; the sentence is never cut for the quote. */
function describe(sentence: string, quote: PreviewQuote | null, max: number): string {
  const alone = cutAtWord(sentence, (s) => characters(s) <= max);
  if (!quote) return alone;
  const [open, close] = quoteMarks(quote.text);
  const framed = (text: string) => `${sentence} ${open}${text}${close} (${quote.outlet})`;
  const cut = cutAtWord(quote.text, (text) => characters(framed(text)) <= max);
  return cut !== '' && (cut === quote.text || words(cut) >= FEWEST_WORDS) ? framed(cut) : alone;
}

function countryPreview(content: AtlasContent, iso3: string, quotes: readonly Claim[] | undefined): PreviewText {
  const summary = summaryOf(content, iso3);
  const total = content.summary.articleCount;
  const name = summary.name;
  const standing = standingLine(summary, total);
  const quote = standingQuote(content, summary, quotes);
  // A label, not a sentence: "United States" needs no article there.
  const picture = `Map: ${name}, outlined, and its neighbours, shaded by how many of the ${countOf(total, 'article')} name each; a small world map rings where it lies.`;
  return {
    title: `${name}: ${inSentence(standing)}`,
    description: describe(summaryLine(summary, total), quote, DESCRIPTION_LENGTH),
    imageAlt: describe(`${picture} ${name}: ${inSentence(standing)}.`, quote, ALT_LENGTH),
    name,
    quote,
  };
}

function overviewPreview(content: AtlasContent): PreviewText {
  const { mentioned } = content.summaryView(NO_FILTERS);
  const named = mentioned.filter((s) => s.status === 'named').length;
  const subjects = mentioned.filter((s) => s.status === 'subject').map((s) => s.name);
  const { reports, articleCount } = content.summary;
  const origins = [...new Set(reports.map((r) => r.origin))].join(', ');
  const countries = countOf(named, 'country', 'countries');
  const articles = countOf(articleCount, 'news article');
  const subject = subjects.length > 0 ? `, with ${subjects.join(', ')} shaded apart as the subject` : '';
  return {
    title: `${APP_TITLE}: the countries named in reports on North Korean internet activity`,
    description: cutAtWord(
      `${countries} named as places of North Korean internet activity in ${countOf(reports.length, 'report')} by ${origins}, as ${articles} covered them: a world map with the verbatim quotes behind each country.`,
      (s) => characters(s) <= DESCRIPTION_LENGTH,
    ),
    imageAlt: cutAtWord(
      `A world map shading the ${countries} that ${origins}’s reports name as places of North Korean internet activity, by how many of the ${articles} name each${subject}.`,
      (s) => characters(s) <= ALT_LENGTH,
    ),
    name: null,
    quote: null,
  };
}

/**
 * The preview of a country's page, or of the overview when `country` is null. The country's quotes
 * are those given, else those at hand in the content (loaded, or the whole content).
 */
export function previewTextFor(content: AtlasContent, country: string | null, quotes?: readonly Claim[]): PreviewText {
  return country === null ? overviewPreview(content) : countryPreview(content, country, quotes);
}

export interface PreviewUrls {
  /** The page's own address: absolute, as link cards want it, or from the site's root when the build does not know the site. */
  page: string;
  /** The preview image's address, likewise. */
  image: string;
  /** The tab's title, the one the app gives the page's view; the preview's title when not given. */
  tab?: string;
}

/** The size every preview image is drawn at: the 1.91:1 that Open Graph and X's large cards show whole. */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

function address(url: string): string {
  if (!/^(https?:\/\/[^/\s]|\/(?!\/))/i.test(url)) throw new Error(`A link preview needs an absolute http(s) address, or one from the site's root, not “${url}”.`);
  return url;
}

/**
 * The tags for a page's <head>: its title, description and canonical address, and the Open Graph and
 * X card tags, every value escaped. The tab and search results name the site; link cards have
 * og:site_name for that.
 */
export function headTagsFor(preview: PreviewText, urls: PreviewUrls): string {
  const page = address(urls.page);
  const image = address(urls.image);
  const tab = urls.tab ?? (preview.title.startsWith(APP_TITLE) ? preview.title : `${preview.title} · ${APP_TITLE}`);
  const meta = (key: 'name' | 'property', name: string, value: string | number) => `<meta ${key}="${name}" content="${escapeXml(String(value))}">`;
  return [
    `<title>${escapeXml(tab)}</title>`,
    meta('name', 'description', preview.description),
    `<link rel="canonical" href="${escapeXml(page)}">`,
    meta('property', 'og:site_name', APP_TITLE),
    meta('property', 'og:type', 'website'),
    meta('property', 'og:title', preview.title),
    meta('property', 'og:description', preview.description),
    meta('property', 'og:url', page),
    meta('property', 'og:image', image),
    meta('property', 'og:image:width', PREVIEW_WIDTH),
    meta('property', 'og:image:height', PREVIEW_HEIGHT),
    meta('property', 'og:image:alt', preview.imageAlt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', preview.title),
    meta('name', 'twitter:description', preview.description),
    meta('name', 'twitter:image', image),
    meta('name', 'twitter:image:alt', preview.imageAlt),
  ].join('\n');
}
