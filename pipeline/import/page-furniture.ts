// Page furniture: everything on a saved news page that is the site's, not the story's. Navigation,
// cookie banners, share bars, promos and newsletter boxes inside the story, related stories,
// comments, most-read lists and footers often name countries the article never speaks of.

/** Elements that are furniture by what they are. */
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'DIALOG', 'IFRAME', 'NOSCRIPT', 'TEMPLATE', 'FIGURE', 'BUTTON', 'SELECT', 'SVG']);

/** Elements that are furniture by the part they say they play. */
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'complementary', 'contentinfo', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar']);

/** Words in a class, id or component name that mark furniture, as whole hyphen-separated words. */
const FURNITURE_WORDS = new RegExp(
  `(?:^|-)(?:${[
    'share',
    'sharing',
    'sharebar',
    'social',
    'promo',
    'promos',
    'promotion',
    'related',
    'recommended',
    'recommendations',
    'comment',
    'comments',
    'disqus',
    'cookie',
    'cookies',
    'consent',
    'gdpr',
    'newsletter',
    'subscribe',
    'subscription',
    'signup',
    'sign-up',
    'most-read',
    'mostread',
    'most-popular',
    'most-viewed',
    'popular',
    'trending',
    'read-more',
    'readmore',
    'also-read',
    'more-stories',
    'breadcrumb',
    'breadcrumbs',
    'advert',
    'advertisement',
    'ad',
    'ads',
    'sponsored',
    'outbrain',
    'taboola',
    'paywall',
    'sidebar',
    'masthead',
    'navigation',
    'nav',
    'menu',
    'footer',
    'tags',
    'topics',
    'modal',
    'popup',
    'overlay',
  ].join('|')})(?:-|$)`,
  'u',
);

/** A short line inside the story that points to another story: "Read more: …", "See also: …". */
const POINTER_LINE = /^\s*(?:read more|read also|also read|see also|related|more on this(?: story)?|recommended|listen|watch)\s*:/iu;

/** Where the story itself sits, most telling first: never furniture, nor is anything that holds it. */
const STORY_CANDIDATES = ['[itemprop~="articleBody"]', 'article', 'main, [role="main"]'];

const words = (value: string | null) =>
  (value ?? '')
    .split(/\s+/u)
    .filter(Boolean)
    // "shareBar", "related_links" and "most-read" all count as words joined by hyphens.
    .map((w) => w.replace(/([a-z0-9])([A-Z])/gu, '$1-$2').replace(/_/gu, '-').toLowerCase());

const paragraphText = (element: Element) => [...element.querySelectorAll('p')].reduce((n, p) => n + (p.textContent?.trim().length ?? 0), 0);

/**
 * The element that holds the story: the marked article body, else the article, else the page's main
 * part; of several, the one with the most paragraph text. A main part can hold the comments too.
 */
export function storyRoot(document: Document): Element | null {
  for (const selector of STORY_CANDIDATES) {
    let best: Element | null = null;
    let bestLength = 0;
    for (const candidate of document.querySelectorAll(selector)) {
      const length = paragraphText(candidate);
      if (length > bestLength) [best, bestLength] = [candidate, length];
    }
    if (best) return best;
  }
  return null;
}

function isPointerLine(element: Element): boolean {
  if (!['P', 'DIV', 'LI'].includes(element.tagName)) return false;
  const text = element.textContent ?? '';
  if (text.length > 300 || !POINTER_LINE.test(text)) return false;
  const linked = [...element.querySelectorAll('a')].reduce((n, a) => n + (a.textContent?.trim().length ?? 0), 0);
  const label = POINTER_LINE.exec(text)?.[0].length ?? 0;
  return linked * 2 >= text.trim().length - label;
}

function isFurniture(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (FURNITURE_TAGS.has(tag)) return true;
  // A site's header is furniture; a header inside the article holds its headline and standfirst.
  if (tag === 'HEADER' && !element.closest('article, main') && !element.querySelector('h1')) return true;
  if (FURNITURE_ROLES.has(element.getAttribute('role')?.trim().toLowerCase() ?? '')) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const names = [...words(element.getAttribute('class')), ...words(element.id), ...words(element.getAttribute('data-component'))];
  if (names.some((name) => FURNITURE_WORDS.test(name))) return true;
  return isPointerLine(element);
}

/**
 * The outermost furniture elements of the page's body. The story and what holds it stay, and so does
 * anything in it that holds most of its paragraphs, whatever its name says ("story-body has-tags").
 */
export function findFurniture(document: Document): Element[] {
  const root = storyRoot(document) ?? document.body;
  const storyText = root ? paragraphText(root) : 0;
  const holdsStory = (element: Element) => root !== null && (element.contains(root) || (root.contains(element) && paragraphText(element) * 2 > storyText));
  const found: Element[] = [];
  const visit = (element: Element) => {
    for (const child of element.children) {
      if (isFurniture(child) && !holdsStory(child)) found.push(child);
      else visit(child);
    }
  };
  if (document.body) visit(document.body);
  return found;
}

/** Takes the furniture out of the page, in place. */
export function removeFurniture(document: Document, furniture: readonly Element[] = findFurniture(document)): void {
  for (const element of furniture) element.remove();
}
