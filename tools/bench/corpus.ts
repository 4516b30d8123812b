// A synthetic corpus in the data folder's format, big enough to time the build and the app against.
// Everything comes from one seeded generator, so the same options always give the same bytes.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { extractMentions } from '../../pipeline/extract/extract-article.ts';
import { pluralise } from '../../src/content/plural.ts';
import type { Claim, ClaimKind, CountryInfo, Speaker } from '../../src/content/types.ts';

export interface CorpusOptions {
  articles: number;
  claims: number;
  seed?: number;
  /** How many reports the articles cover, as editions over time: 3 by default, up to MAX_REPORTS. */
  reports?: number;
  /** The country the reports are about; its claims are of kind 'subject'. North Korea by default. */
  subject?: string;
}

export interface Corpus {
  /** File contents by their path inside the data folder, such as 'sources.json' or 'articles/a0001.txt'. */
  files: Record<string, string>;
}

export const DEFAULT_SEED = 1;
/** How many small states the map does not draw are named too. */
const OFF_MAP_COUNTRIES = 24;
/** Where the subject ranks among the most quoted countries: a report names its subject often, but the map's top country is a place of activity. */
const SUBJECT_RANK = 1;

// ---------------------------------------------------------------------------------------------
// Randomness

type Random = () => number;

/** mulberry32: small, fast and the same on every platform. */
function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: Random, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
const between = (rnd: Random, lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));

function shuffle<T>(rnd: Random, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function weighted<T>(rnd: Random, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let r = rnd() * total;
  for (const [value, w] of table) {
    r -= w;
    if (r < 0) return value;
  }
  return (table[table.length - 1] as readonly [T, number])[0];
}

// ---------------------------------------------------------------------------------------------
// Fixed cast: reports, publishers, people

interface ReportSpec {
  id: string;
  publisher: string;
  origin: string;
  /** The name sentences use for the organisation. */
  firm: string;
  title: string;
  published: string;
  url: string;
}

const REPORTS: readonly ReportSpec[] = [
  {
    id: 'greyfield-2017-07',
    publisher: 'Greyfield Intelligence (with Beacon Labs)',
    origin: 'Greyfield Intelligence',
    firm: 'Greyfield Intelligence',
    title: 'The Ruling Elite Are Not Cut Off',
    published: '2017-07-25',
    url: 'https://example.org/reports/greyfield-2017-07',
  },
  {
    id: 'greyfield-2018-04',
    publisher: 'Greyfield Intelligence',
    origin: 'Greyfield Intelligence',
    firm: 'Greyfield Intelligence',
    title: 'Borrowed Networks Under Foreign Scrutiny',
    published: '2018-04-25',
    url: 'https://example.org/reports/greyfield-2018-04',
  },
  {
    id: 'meridian-2019-03',
    publisher: 'Meridian Threat Lab',
    origin: 'Meridian Threat Lab',
    firm: 'Meridian Threat Lab',
    title: 'Fronts, Fleets and Foreign Servers',
    published: '2019-03-11',
    url: 'https://example.org/reports/meridian-2019-03',
  },
];

const LATER_TITLES = [
  'Old Fronts, New Servers',
  'The Cryptocurrency Turn',
  'Remote Workers, Real Wages',
  'Borrowed Addresses Revisited',
  'Shell Companies and Cloud Accounts',
  'The Long Tail of Sanctions Evasion',
  'Laptop Farms and Front Companies',
  'Across the Exchanges',
  'Quiet Ports, Busy Networks',
];
export const MAX_REPORTS = REPORTS.length + LATER_TITLES.length;
/** Months between later editions: never two in one month, so each is named by its date. */
const EDITION_SPACING = 7;

/** The first `count` editions: the three above, then the two firms taking turns every few months. */
function reportSeries(count: number): ReportSpec[] {
  const series = REPORTS.slice(0, count);
  const [, greyfield, meridian] = REPORTS as [ReportSpec, ReportSpec, ReportSpec];
  const [year, month] = meridian.published.split('-').map(Number) as [number, number];
  LATER_TITLES.slice(0, Math.max(0, count - REPORTS.length)).forEach((title, i) => {
    const months = year * 12 + month - 1 + EDITION_SPACING * (i + 1);
    const date = `${Math.floor(months / 12)}-${padded((months % 12) + 1, 2)}`;
    const firm = i % 2 === 0 ? greyfield : meridian;
    const id = `${firm.id.split('-')[0]}-${date}`;
    series.push({ ...firm, id, title, published: `${date}-${padded(8 + ((i * 5) % 20), 2)}`, url: `https://example.org/reports/${id}` });
  });
  return series;
}

interface Frame {
  /** Text before the body: the headline line and, for some sites, a caption or dateline. */
  head: string;
  /** Text after the body: teasers for other stories. */
  tail: string;
}

interface FrameInput {
  headline: string;
  dateline: string;
  caption: string;
  teasers: string[];
}

interface Publisher {
  name: string;
  slug: string;
  after: string | null;
  before: string;
  furniture: string;
  frame: (input: FrameInput) => Frame;
}

const teaserList = (teasers: readonly string[]) => teasers.join('\n');

const PUBLISHERS: readonly Publisher[] = [
  {
    name: 'Cyber Ledger',
    slug: 'cyber-ledger',
    after: 'Listen to this article',
    before: 'You Might Also Read:',
    furniture: "the headline, dateline and photo caption above 'Listen to this article', and the teasers from 'You Might Also Read:' on",
    frame: ({ headline, dateline, caption, teasers }) => ({
      head: `${headline}\n${dateline}\n\nPhoto: ${caption}\n\nListen to this article\n\n`,
      tail: `\n\nYou Might Also Read:\n\n${teaserList(teasers)}\n`,
    }),
  },
  {
    name: 'Pacific Security Brief',
    slug: 'pacific-security-brief',
    after: 'Story image',
    before: 'Related Stories',
    furniture: "the leading 'Story image' line and everything from 'Related Stories' to the end",
    frame: ({ headline, dateline, teasers }) => ({
      head: `Story image\n\n${headline}\n\n${dateline}\n\n`,
      tail: `\n\nRelated Stories\n${teaserList(teasers)}\n`,
    }),
  },
  {
    name: 'The Harbour Times',
    slug: 'harbour-times',
    after: null,
    before: 'More from The Harbour Times',
    furniture: "the list of other stories from 'More from The Harbour Times' on",
    frame: ({ headline, dateline, teasers }) => ({
      head: `${headline}\n\n${dateline}\n\n`,
      tail: `\n\nMore from The Harbour Times\n\n${teaserList(teasers)}\n`,
    }),
  },
  {
    name: 'Northern Dispatch',
    slug: 'northern-dispatch',
    after: '(Dispatch archive)',
    before: 'Read more:',
    furniture: "the headline and the photo caption up to '(Dispatch archive)', and the reading list from 'Read more:' on",
    frame: ({ headline, dateline, caption, teasers }) => ({
      head: `${headline}\n\n${caption} (Dispatch archive)\n\n${dateline}\n`,
      tail: `\n\nRead more:\n${teaserList(teasers.map((t) => `- ${t}`))}\n`,
    }),
  },
  {
    name: 'Signal & Noise Weekly',
    slug: 'signal-and-noise',
    after: 'Advertisement',
    before: 'Trending now',
    furniture: "the headline and teaser above 'Advertisement', and the trending stories from 'Trending now' on",
    frame: ({ headline, dateline, teasers }) => ({
      head: `${headline}\n${dateline}\nUp next: ${teasers[0] ?? 'This week in security'}\n\nAdvertisement\n\n`,
      tail: `\n\nTrending now\n${teaserList(teasers.slice(1))}\n`,
    }),
  },
];

const FIRST_NAMES = ['Amelia', 'Tomas', 'Priya', 'Kofi', 'Ingrid', 'Mateo', 'Hana', 'Lukas', 'Noor', 'Daniel', 'Sofia', 'Aroha', 'Wei', 'Elena', 'Samuel', 'Mira'];
const LAST_NAMES = ['Hart', 'Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Castillo', 'Brennan', 'Haddad', 'Novak', 'Fraser', 'Kowalski', 'Adeyemi', 'Whitlock', 'Sato', 'Marsh', 'Delgado'];
const ROLES = [
  'the minister responsible for cyber security',
  'a spokesperson for the national cyber centre',
  'the deputy foreign minister',
  'head of the signals directorate',
  'a senior sanctions investigator',
  'the chair of the intelligence committee',
  'a former ambassador',
];

const personName = (rnd: Random) => `${pick(rnd, FIRST_NAMES)} ${pick(rnd, LAST_NAMES)}`;

// ---------------------------------------------------------------------------------------------
// Sentences. None of the wording outside a country slot names a country, so each body names only
// the countries it has claims for; the page furniture may name any.

const ACTIVITIES = [
  'network reconnaissance',
  'cryptocurrency mining',
  'credential phishing',
  'sanctions-evasion banking',
  'software contracting',
  'BitTorrent traffic',
  'online gambling operations',
  'remote IT work',
  'espionage campaigns',
  'money laundering through exchanges',
  'malware testing',
  'gaming-bot development',
];
const FRONTS = ['restaurants', 'trading companies', 'construction firms', 'diplomatic offices', 'shell companies', 'IT outsourcing fronts', 'art studios', 'fishing ventures'];
const ACTORS = ['state-backed operators', "the regime's hackers", 'operators tied to the regime', 'members of the ruling elite', 'overseas IT workers', 'front-company staff', 'military intelligence units'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const CORES: Record<ClaimKind, readonly string[]> = {
  'operates-from': [
    '{Actor} ran {activity} from servers in {list}',
    'much of the {activity} was routed through internet providers in {list}',
    '{list} {was} among the places from which {actor} conducted {activity}',
    '{Actor} appear to have used university networks in {list} for {activity}',
    'traffic linked to {activity} originated from addresses in {list}',
    'investigators traced {activity} back to rented offices in {list}',
    '{Actor} kept a physical presence in {list} to support {activity}',
    'logins from {list} showed {actor} carrying out {activity} during {month}',
  ],
  'hosts-fronts': [
    '{list} host{s} {front} that quietly earn hard currency for the regime',
    '{Front} registered in {list} were used to move funds for {actor}',
    "the regime's {front} in {list} doubled as bases for {activity}",
    '{list} {has} allowed {front} linked to the regime to keep operating',
    'at least {n} {front} in {list} were tied to the ruling elite',
  ],
  'activity-share': [
    '{list} accounted for {n} percent of the observed {activity}',
    'about {n} percent of the traffic attributed to {actor} came from {list}',
    'the share of {activity} seen in {list} rose to {n} percent by {month}',
    'roughly one in {m} sessions tied to {activity} touched {list}',
    '{list} made up {n} percent of all {activity} the sensors recorded',
  ],
  subject: [
    '{list} relies on a small elite with unrestricted internet access',
    '{list} has expanded its overseas {activity} since {year}',
    'the leadership of {list} uses foreign networks to evade sanctions',
    '{list} continues to deny any role in {activity}',
    'analysts say {list} earns hundreds of millions of dollars a year through {activity}',
    'only a few thousand people in {list} can reach the global internet at all',
  ],
  context: [
    'officials in {list} declined to comment on the findings',
    'the findings were shared with partners in {list} before publication',
    '{list} {was} mentioned only as a transit point in earlier research',
    'researchers in {list} reviewed a draft of the analysis',
    'the report draws on an earlier advisory issued in {list}',
    'diplomats from {list} raised the findings at a regional forum in {month}',
  ],
};

const FILLER = [
  'The researchers did not say how long the activity had gone unnoticed.',
  'Security teams were advised to review their logs for connections from the listed address ranges.',
  'The firm said its visibility was limited to the traffic it could observe directly.',
  'Analysts cautioned that a single login does not prove that anyone was physically present.',
  'Several of the addresses belonged to virtual private network services.',
  'The analysis was compiled from {n} months of network telemetry.',
  'None of the companies named responded to requests for comment before publication.',
  'The findings add to a growing body of research on how the ruling elite reaches the wider internet.',
  'Experts say the pattern is consistent with earlier campaigns.',
  'The data covers the period from {month} to {month2}.',
  'Users were also seen checking email, reading news sites and streaming video.',
  'A spokesperson for the firm said more detail would be released to clients.',
  'The researchers relied on passive DNS records and commercial threat feeds.',
  'It is not clear whether the activity has continued since the research was published.',
  'Some of the traffic may have been routed deliberately to mislead investigators.',
  'The authors counted {m} distinct address blocks in their sample.',
  'Defenders were urged to share indicators through the usual industry channels.',
];

const TEASERS = [
  '{country} tightens its rules on cryptocurrency exchanges',
  'Ransomware gang targets hospitals in {country}',
  'Why {country} is rethinking its undersea cables',
  'Phishing wave hits banks in {country}',
  'Election officials in {country} brace for disinformation',
  'Data breach at a telecom operator in {country} exposes millions',
  'Podcast: the week in security',
  'Five questions to ask about your backups',
];

const CAPTIONS = ['A data centre in {country}.', 'A port in {country}, where investigators tracked shipments.', 'Fibre-optic cables at an exchange in {country}.', 'Delegates at a cyber security summit in {country}.'];

const HEADLINES = [
  '{firm} report ties {country} to overseas hacking',
  '{country} named in new research on sanctions evasion',
  'Report: {country} among hubs for state-backed cyber operations',
  'Inside the borrowed networks of the ruling elite',
  'How a regime evades sanctions online, according to {firm}',
  'New study maps the overseas footprint of state hackers',
];

function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** A full stop, unless the words already end in one ("… Virgin Islands, U.S."). */
const stop = (words: string) => (words.endsWith('.') ? words : `${words}.`);

/** Fills `{slot}`s; a capitalised slot name gives a capitalised value. */
function fill(template: string, slots: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = slots[key] ?? slots[key.toLowerCase()];
    if (value === undefined) throw new Error(`no value for ${whole} in "${template}"`);
    return key === key.toLowerCase() ? value : capitalise(value);
  });
}

function slotsFor(rnd: Random, names: readonly string[]): Record<string, string> {
  const count = names.length;
  return {
    list: listOf(names),
    actor: pick(rnd, ACTORS),
    activity: pick(rnd, ACTIVITIES),
    front: pick(rnd, FRONTS),
    month: pick(rnd, MONTHS),
    month2: pick(rnd, MONTHS),
    n: String(between(rnd, 2, 48)),
    m: String(between(rnd, 3, 40)),
    year: String(between(rnd, 2009, 2016)),
    was: pluralise(count, 'was', 'were'),
    has: pluralise(count, 'has', 'have'),
    s: pluralise(count, 's', ''),
  };
}

/** The core statement; `capital` starts it with a capital letter, unless it starts with a country's name. */
function coreOf(rnd: Random, kind: ClaimKind, names: readonly string[], capital: boolean): string {
  const template = pick(rnd, CORES[kind]);
  const opener = capital ? capitalise(template) : template.replace(/^\{\w/, (open) => open.toLowerCase());
  return fill(opener, slotsFor(rnd, names));
}

interface SpeakerCast {
  reports: readonly ReportSpec[];
}

/** Who says it, and the sentence that puts the words in their mouth. */
function attribute(rnd: Random, kind: ClaimKind, names: readonly string[], cast: SpeakerCast): { speaker: Speaker; text: string } {
  const report = pick(rnd, cast.reports);
  // In an article on several reports, every speaker says which one they speak of, as the build requires.
  const citing = cast.reports.length > 1 ? { citing: report.id } : {};
  const type = weighted(rnd, [['report', 4], ['official', 2], ['reporter', 4]] as const);
  if (type === 'report') {
    const form = between(rnd, 0, 3);
    const text = [
      () => `“${coreOf(rnd, kind, names, true)},” the report says.`,
      () => stop(`The report states that ${coreOf(rnd, kind, names, false)}`),
      () => stop(`According to the report, ${coreOf(rnd, kind, names, false)}`),
      () => `“${coreOf(rnd, kind, names, true)},” ${report.firm} wrote.`,
    ][form]!();
    return { speaker: { type: 'report', report: report.id }, text };
  }
  if (type === 'official') {
    const name = personName(rnd);
    const role = pick(rnd, ROLES);
    const text = rnd() < 0.5 ? `“${coreOf(rnd, kind, names, true)},” said ${name}, ${role}.` : stop(`${name}, ${role}, said ${coreOf(rnd, kind, names, false)}`);
    return { speaker: { type: 'official', name, role, ...citing }, text };
  }
  const shape = weighted(rnd, [['plain', 3], ['citing', 6], ['relaying', 1]] as const);
  if (shape === 'citing') {
    const text = rnd() < 0.5 ? `${coreOf(rnd, kind, names, true)}, according to ${report.firm}.` : stop(`${report.firm} researchers found that ${coreOf(rnd, kind, names, false)}`);
    return { speaker: { type: 'reporter', citing: report.id }, text };
  }
  if (shape === 'relaying') {
    const name = personName(rnd);
    return { speaker: { type: 'reporter', relaying: name, ...citing }, text: stop(`According to ${name}, ${coreOf(rnd, kind, names, false)}`) };
  }
  return { speaker: { type: 'reporter', ...citing }, text: stop(coreOf(rnd, kind, names, true)) };
}

// ---------------------------------------------------------------------------------------------
// Who gets quoted how often

/** Splits `total` in proportion to `weights`, by largest remainder; ties go to the earlier index. */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (total * w) / sum : 0));
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    counts[i]! += 1;
  }
  return counts;
}

/** Splits `total` so that each share gets at least one when there is enough to go round. */
function apportionAtLeastOne(total: number, weights: readonly number[]): number[] {
  if (total < weights.length) return weights.map((_, i) => (i < total ? 1 : 0));
  return apportion(total - weights.length, weights).map((n) => n + 1);
}

/** Every drawn country, a few undrawn ones, and the subject near the top, most quoted first. */
function rankCountries(rnd: Random, countries: readonly CountryInfo[], subject: CountryInfo): CountryInfo[] {
  const others = countries.filter((c) => c.iso3 !== subject.iso3);
  const drawn = shuffle(rnd, others.filter((c) => c.onMap));
  const undrawn = shuffle(rnd, others.filter((c) => !c.onMap)).slice(0, OFF_MAP_COUNTRIES);
  const ranked = [...drawn];
  ranked.splice(SUBJECT_RANK, 0, subject);
  // Small states are named now and then, never among the most quoted.
  undrawn.forEach((c, i) => ranked.splice(Math.min(ranked.length, 20 + i * 7), 0, c));
  return ranked;
}

/** One entry per claim: its country, Zipf-distributed (exponent 1) over the ranked countries, in random order. */
function claimCountries(rnd: Random, ranked: readonly CountryInfo[], claims: number): CountryInfo[] {
  const counts = apportionAtLeastOne(claims, ranked.map((_, rank) => 1 / (rank + 1)));
  return shuffle(rnd, ranked.flatMap((c, i) => Array<CountryInfo>(counts[i] ?? 0).fill(c)));
}

/** How many claims each article carries: from a couple to several times the average. */
function claimsPerArticle(rnd: Random, articles: number, claims: number): number[] {
  const weights = Array.from({ length: articles }, () => 0.2 + 2.8 * rnd() ** 2);
  return apportionAtLeastOne(claims, weights);
}

/** Groups an article's countries into sentences naming one to three each; the subject stands alone. */
function groupIntoSentences(rnd: Random, countries: readonly CountryInfo[], subject: string): CountryInfo[][] {
  const groups: CountryInfo[][] = [];
  let current: CountryInfo[] = [];
  let size = 1;
  const close = () => {
    if (current.length > 0) groups.push(current);
    current = [];
    size = weighted(rnd, [[1, 5], [2, 3], [3, 2]] as const);
  };
  close();
  for (const country of countries) {
    if (country.iso3 === subject) {
      groups.push([country]);
      continue;
    }
    if (current.length >= size || current.some((c) => c.iso3 === country.iso3)) close();
    current.push(country);
  }
  close();
  return shuffle(rnd, groups);
}

// ---------------------------------------------------------------------------------------------
// Articles

interface PlannedSentence {
  text: string;
  claims?: { countries: CountryInfo[]; kind: ClaimKind; speaker: Speaker };
}

/** A claim as claims.json holds it: the build works out where it ends. */
type ClaimOut = Omit<Claim, 'end' | 'report'>;

/** How often each kind of claim is made about countries other than the subject. */
const OTHER_KIND_WEIGHTS = [['operates-from', 35], ['hosts-fronts', 20], ['activity-share', 20], ['context', 25]] as const;

function claimSentence(rnd: Random, group: CountryInfo[], subject: string, cast: SpeakerCast): PlannedSentence {
  const kind: ClaimKind = group[0]?.iso3 === subject ? 'subject' : weighted(rnd, OTHER_KIND_WEIGHTS);
  const { speaker, text } = attribute(rnd, kind, group.map((c) => c.name), cast);
  return { text, claims: { countries: group, kind, speaker } };
}

/** The body's paragraphs: the claim sentences with enough filler to reach the article's length, no filler twice while others are unused. */
function planBody(rnd: Random, sentences: PlannedSentence[], targetLength: number): PlannedSentence[][] {
  const all = [...sentences];
  let length = all.reduce((sum, s) => sum + s.text.length + 1, 0);
  let fillers: string[] = [];
  while (length < targetLength) {
    if (fillers.length === 0) fillers = shuffle(rnd, FILLER);
    const filler = { text: fill(fillers.pop() as string, slotsFor(rnd, [])) };
    all.push(filler);
    length += filler.text.length + 1;
  }
  const ordered = shuffle(rnd, all);
  const paragraphs: PlannedSentence[][] = [];
  for (let i = 0; i < ordered.length; ) {
    const n = between(rnd, 1, 4);
    paragraphs.push(ordered.slice(i, i + n));
    i += n;
  }
  return paragraphs;
}

interface ArticleMeta {
  id: string;
  publisher: Publisher;
  reports: ReportSpec[];
  published: string | null;
  publishedInferred: boolean;
  publishedNote?: string;
  headline: string;
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function articleDates(rnd: Random, reports: readonly ReportSpec[]): Pick<ArticleMeta, 'published' | 'publishedInferred' | 'publishedNote'> {
  const latest = reports.map((r) => r.published).sort()[reports.length - 1] as string;
  const date = addDays(latest, between(rnd, 0, 120));
  const how = weighted(rnd, [['stated', 16], ['inferred', 3], ['unknown', 1]] as const);
  if (how === 'stated') return { published: date, publishedInferred: false };
  if (how === 'inferred') return { published: date, publishedInferred: true, publishedNote: 'worked out from the events the text describes; the page shows no date' };
  return { published: null, publishedInferred: false, publishedNote: 'not stated in the text' };
}

function articleMeta(rnd: Random, id: string, countries: readonly CountryInfo[], series: readonly ReportSpec[]): ArticleMeta {
  const primary = pick(rnd, series);
  const second = rnd() < 0.2 ? pick(rnd, series) : primary;
  const reports = series.filter((r) => r === primary || r === second);
  const named = countries.length > 0 ? pick(rnd, countries) : null;
  const headlines = named ? HEADLINES : HEADLINES.filter((h) => !h.includes('{country}'));
  const headline = fill(pick(rnd, headlines), { firm: primary.firm, country: named?.name ?? '' });
  return { id, publisher: pick(rnd, PUBLISHERS), reports, headline, ...articleDates(rnd, reports) };
}

function frameInput(rnd: Random, meta: ArticleMeta, table: readonly CountryInfo[]): FrameInput {
  const anywhere = () => ({ country: pick(rnd, table).name });
  const byline = `By ${personName(rnd)}`;
  return {
    headline: meta.headline,
    dateline: meta.published && !meta.publishedInferred ? `${byline} | ${meta.published}` : byline,
    caption: fill(pick(rnd, CAPTIONS), anywhere()),
    teasers: Array.from({ length: between(rnd, 2, 4) }, () => fill(pick(rnd, TEASERS), anywhere())),
  };
}

function assertMarkersOnce(text: string, publisher: Publisher, id: string) {
  for (const marker of [publisher.after, publisher.before]) {
    if (marker !== null && (text.indexOf(marker) < 0 || text.indexOf(marker) !== text.lastIndexOf(marker))) {
      throw new Error(`article ${id}: the body marker ${JSON.stringify(marker)} must occur exactly once`);
    }
  }
}

/** The article text, and the claims whose quotes it holds at their offsets. */
function composeArticle(meta: ArticleMeta, frame: Frame, paragraphs: PlannedSentence[][], nextClaimId: () => string): { text: string; claims: ClaimOut[] } {
  const parts: string[] = [frame.head];
  let length = frame.head.length;
  const claims: ClaimOut[] = [];
  paragraphs.forEach((paragraph, p) => {
    paragraph.forEach((sentence, s) => {
      const separator = s > 0 ? ' ' : p > 0 ? '\n\n' : '';
      parts.push(separator, sentence.text);
      length += separator.length;
      for (const country of sentence.claims?.countries ?? []) {
        const { kind, speaker } = sentence.claims!;
        claims.push({ id: nextClaimId(), country: country.iso3, article: meta.id, kind, speaker, quote: sentence.text, start: length });
      }
      length += sentence.text.length;
    });
  });
  parts.push(frame.tail);
  const text = parts.join('');
  assertMarkersOnce(text, meta.publisher, meta.id);
  return { text, claims };
}

const NOTES: Partial<Record<ClaimKind, string>> = {
  context: 'Named as background, not as a place of activity.',
  subject: 'About the subject of the report itself.',
};

function withNotes(rnd: Random, claims: ClaimOut[]): ClaimOut[] {
  return claims.map((claim) => {
    const sameQuote = claims.filter((c) => c.start === claim.start).length;
    if (sameQuote > 1 && rnd() < 0.5) return { ...claim, note: `The sentence names ${sameQuote} countries; one claim for each.` };
    const note = NOTES[claim.kind];
    return note && rnd() < 0.4 ? { ...claim, note } : claim;
  });
}

interface NotClaimOut {
  article: string;
  country: string;
  text: string;
  reason: string;
}

/**
 * A few table names hold another country's name or demonym ("Virgin Islands, U.S.", "Northern Cyprus").
 * Those mentions are listed as not-claims, as a person curating the data would, so the corpus passes
 * the same completeness rule as the real data.
 */
function notClaimsOf(article: string, text: string, publisher: Publisher, claims: readonly ClaimOut[], nameOf: ReadonlyMap<string, string>): NotClaimOut[] {
  const found = extractMentions(text, { id: article, sourcesFile: 'sources.json', body: { after: publisher.after, before: publisher.before } });
  if (!found.ok) throw new Error(found.error);
  const claimed = new Set(claims.map((c) => c.country));
  const out = new Map<string, NotClaimOut>();
  for (const mention of found.mentions) {
    if (claimed.has(mention.country)) continue;
    const host = claims.find((c) => c.start <= mention.start && mention.end <= c.start + c.quote.length && nameOf.get(c.country)?.includes(mention.text));
    const reason = host
      ? `Part of the name "${nameOf.get(host.country)}", which has its own claim; the sentence says nothing about ${nameOf.get(mention.country) ?? mention.country}.`
      : 'Named in passing by the generated wording; not a claim.';
    out.set(`${mention.country} ${mention.text}`, { article, country: mention.country, text: mention.text, reason });
  }
  return [...out.values()];
}

function sourceEntry(meta: ArticleMeta, file: string, text: string) {
  const { publisher } = meta;
  return {
    id: meta.id,
    file,
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    publisher: publisher.name,
    headline: meta.headline,
    url: `https://example.org/news/${publisher.slug}/${meta.id}`,
    published: meta.published,
    ...(meta.publishedInferred ? { publishedInferred: true } : {}),
    ...(meta.publishedNote ? { publishedNote: meta.publishedNote } : {}),
    reportsOn: meta.reports.map((r) => r.id),
    body: { after: publisher.after, before: publisher.before, furniture: publisher.furniture },
  };
}

// ---------------------------------------------------------------------------------------------
// The corpus

const padded = (n: number, width: number) => String(n).padStart(width, '0');
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function checkOptions({ articles, claims, seed, reports }: CorpusOptions) {
  if (reports !== undefined && (!Number.isInteger(reports) || reports < 1 || reports > MAX_REPORTS)) {
    throw new Error(`reports must be a whole number from 1 to ${MAX_REPORTS}, not ${reports}`);
  }
  if (!Number.isInteger(articles) || articles < 1) throw new Error(`articles must be a whole number of at least 1, not ${articles}`);
  if (!Number.isInteger(claims) || claims < 0) throw new Error(`claims must be a whole number of at least 0, not ${claims}`);
  if (seed !== undefined && !Number.isInteger(seed)) throw new Error(`seed must be a whole number, not ${seed}`);
}

/** A data folder's files: `articles` article texts with `claims` claims between them, the same bytes for the same options. */
export function generateCorpus(options: CorpusOptions, countries: readonly CountryInfo[]): Corpus {
  checkOptions(options);
  const seed = options.seed ?? DEFAULT_SEED;
  const subject = countries.find((c) => c.iso3 === (options.subject ?? 'PRK'));
  if (!subject) throw new Error(`the subject ${options.subject ?? 'PRK'} is not in the country table`);
  const rnd = mulberry32(seed);
  const series = reportSeries(options.reports ?? REPORTS.length);
  const nameOf = new Map(countries.map((c) => [c.iso3, c.name]));
  const slots = claimCountries(rnd, rankCountries(rnd, countries, subject), options.claims);
  const perArticle = claimsPerArticle(rnd, options.articles, options.claims);
  const articleWidth = Math.max(4, String(options.articles).length);
  const claimWidth = Math.max(6, String(options.claims).length);
  let claimCount = 0;
  const nextClaimId = () => `syn-${padded(++claimCount, claimWidth)}`;

  const files: Record<string, string> = {};
  const sources: ReturnType<typeof sourceEntry>[] = [];
  const claims: ClaimOut[] = [];
  const notClaims: NotClaimOut[] = [];
  let taken = 0;
  perArticle.forEach((count, i) => {
    const id = `a${padded(i + 1, articleWidth)}`;
    const file = `articles/${id}.txt`;
    const mine = slots.slice(taken, (taken += count));
    const meta = articleMeta(rnd, id, mine, series);
    const cast = { reports: meta.reports };
    const sentences = groupIntoSentences(rnd, mine, subject.iso3).map((group) => claimSentence(rnd, group, subject.iso3, cast));
    const paragraphs = planBody(rnd, sentences, between(rnd, 1700, 3500));
    const composed = composeArticle(meta, meta.publisher.frame(frameInput(rnd, meta, countries)), paragraphs, nextClaimId);
    files[file] = composed.text;
    sources.push(sourceEntry(meta, file, composed.text));
    claims.push(...withNotes(rnd, composed.claims));
    notClaims.push(...notClaimsOf(id, composed.text, meta.publisher, composed.claims, nameOf));
  });

  const about = `A synthetic corpus for timing the atlas (seed ${seed}, ${options.articles} articles, ${options.claims} claims). Every publisher, report, person and quote is made up.`;
  const reports = series.map(({ id, publisher, origin, title, published, url }) => ({ id, publisher, origin, title, published, url }));
  return {
    files: {
      'sources.json': json({ about, articles: sources, reports }),
      'claims.json': json({ about, claims }),
      'not-claims.json': json({ about: `${about} Mentions inside another country's name, judged not to be claims.`, notClaims }),
      ...files,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Writing it out

/** The atlas's own data folder, which a synthetic corpus must never overwrite. */
export const REPO_DATA_DIR = resolve(import.meta.dirname, '../../data');

/** The path with symbolic links resolved as far as it exists, so a link cannot smuggle a write into data/. */
function canonical(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = dirname(absolute);
  return parent === absolute ? absolute : join(canonical(parent), basename(absolute));
}

const isWithin = (child: string, parent: string) => {
  const rel = relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
};

/** Why `dir` may not be cleared and written, or null when it may. */
export function corpusTargetProblem(dir: string): string | null {
  const target = canonical(dir);
  const data = canonical(REPO_DATA_DIR);
  if (isWithin(target, data)) return `${dir} is the atlas's data folder or inside it (${data})`;
  if (isWithin(data, target)) return `${dir} holds the atlas's data folder (${data})`;
  if (existsSync(target) && readdirSync(target).length > 0 && !existsSync(join(target, 'sources.json'))) {
    return `${dir} is not empty and holds no sources.json, so it does not look like a corpus to replace`;
  }
  return null;
}

/** Clears `dir` and writes the corpus's files into it; refuses the atlas's own data folder and anything around it. */
export function writeCorpus(dir: string, files: Readonly<Record<string, string>>): void {
  const problem = corpusTargetProblem(dir);
  if (problem !== null) throw new Error(`Refusing to write a synthetic corpus: ${problem}.`);
  const target = canonical(dir);
  for (const file of Object.keys(files)) {
    if (isAbsolute(file) || !isWithin(resolve(target, file), target)) throw new Error(`Refusing to write ${file}: it is not inside ${dir}.`);
  }
  rmSync(target, { recursive: true, force: true });
  for (const [file, content] of Object.entries(files)) {
    const path = resolve(target, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}
