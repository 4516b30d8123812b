// Text fragments (#:~:text=) let the browser scroll to and mark the passage; browsers
// without support ignore them and open the page at the top.
const encode = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');

const WORDS_AT_EACH_END = 4;

/** The article's URL with a text fragment that points at the quote. */
export function textFragmentUrl(url: string, quote: string): string {
  const words = quote.replace(/[“”"]/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length === 0) return url;
  const directive =
    words.length <= WORDS_AT_EACH_END * 2
      ? encode(words.join(' '))
      : `${encode(words.slice(0, WORDS_AT_EACH_END).join(' '))},${encode(words.slice(-WORDS_AT_EACH_END).join(' '))}`;
  return `${url.split('#')[0]}#:~:text=${directive}`;
}
