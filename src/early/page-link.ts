// Which clicks lead to another page of the atlas: a link, in the page's view, to the overview or to a
// country's page under the atlas's base. Downloads, articles and other sites are left to the browser.

/** The address of a page of the atlas that `event` follows, or null for anything else. */
export function pageLinkOf(event: Event, root: Element | null, base: string): URL | null {
  const target = event.target;
  const link = target instanceof Element ? target.closest('a[href]') : null;
  if (!link || !root?.contains(link) || link.hasAttribute('download') || (link.getAttribute('target') ?? '_self') !== '_self') return null;
  return pageAddress(link.getAttribute('href') ?? '', base, location.href);
}

/** `href` read against `from`, when it names the overview or a country's page under `base`; null otherwise. */
export function pageAddress(href: string, base: string, from: string): URL | null {
  let url: URL;
  try {
    url = new URL(href, from);
  } catch {
    return null;
  }
  if (url.origin !== new URL(from).origin || url.hash) return null;
  const path = url.pathname;
  if (!path.startsWith(base)) return null;
  const rest = path.slice(base.length);
  return rest === '' || /^country\/[a-z0-9-]+\/$/.test(rest) ? url : null;
}

/** A plain click with the main button: one that should open the page in place, not in a new tab or window. */
export const isPlainClick = (e: MouseEvent) => e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey && !e.defaultPrevented;

/** What opening a country changes in the address, as the app's store does it (select): the country, and the quote. */
export const CHANGED_BY_OPENING = ['country', 'quote'] as const;

/** `url`, a page to open, with the rest of the current view's parameters (the filters, the view) carried over. */
export function carryingView(url: URL, search: string): URL {
  const next = new URL(url);
  const params = new URLSearchParams(search);
  for (const name of CHANGED_BY_OPENING) params.delete(name);
  next.search = params.toString();
  return next;
}
