// What a new article is called: its id in sources.json and its file under articles/.

/** Lower-case ASCII words joined by hyphens: "Kenya's élite, abroad" → "kenyas-elite-abroad". */
export function slugWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/gu, '')
    .split(/[^a-z0-9]+/u)
    .filter(Boolean);
}

/** Words a cut-short slug should not end on. */
const TRAILING = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'from', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'as', 'is', 'are']);

/** A short file-name slug: whole words, up to `max` characters, not ending on "the" or "from". */
export function shortSlug(text: string, max = 40): string {
  const all = slugWords(text);
  const kept: string[] = [];
  for (const word of all) {
    if ([...kept, word].join('-').length > max) break;
    kept.push(word);
  }
  while (kept.length > 1 && kept.length < all.length && TRAILING.has(kept.at(-1) ?? '')) kept.pop();
  return kept.join('-') || (all[0]?.slice(0, max) ?? '');
}

/** The site's own name from its address: www.nzherald.co.nz → "nzherald", edition.example.com → "example". */
export function siteName(url: string): string {
  const labels = new URL(url).hostname.replace(/\.$/u, '').split('.');
  if (labels[0] === 'www') labels.shift();
  // A country's second-level domains (co.nz, com.au, org.uk) are not the site's name.
  const last = labels.at(-1) ?? '';
  const second = labels.at(-2) ?? '';
  const countrySecondLevel = labels.length >= 3 && last.length === 2 && second.length <= 3;
  return (countrySecondLevel ? labels.at(-3) : labels.length >= 2 ? second : labels[0]) ?? '';
}

/**
 * An id no other article has: the site's name and the month it published ("nzherald-2018-05"), then
 * the day if that is taken, then a number.
 */
export function articleId(site: string, published: string | null, taken: ReadonlySet<string>): string {
  const base = slugWords(site).join('-') || 'article';
  const candidates = published ? [`${base}-${published.slice(0, 7)}`, `${base}-${published}`] : [base];
  for (const id of candidates) if (!taken.has(id)) return id;
  const last = candidates.at(-1) ?? base;
  for (let n = 2; ; n++) if (!taken.has(`${last}-${n}`)) return `${last}-${n}`;
}

/** The number after the highest NNN_ of the article files and sources.json's entries, three digits. */
export function nextFileNumber(names: readonly string[]): string {
  let highest = -1;
  for (const name of names) {
    const match = /(?:^|\/)(\d{3,})_[^/]*$/u.exec(name);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return String(highest + 1).padStart(3, '0');
}
