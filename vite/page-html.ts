// A page of the atlas from the built index.html: its own head (title, description, link preview)
// and its prerendered view and data in place of the empty root.
const ROOT = '<div id="root"></div>';
const TITLE = /<title>[\s\S]*?<\/title>\s*/;
const DESCRIPTION = /<meta name="description"[^>]*>\s*/;

/** Inline style attributes would break the page's Content-Security-Policy; the app sets its styles itself. */
export const withoutInlineStyles = (html: string) => html.replace(/ style="[^"]*"/g, '');

export interface PageParts {
  /** Every tag of the page's own head, escaped already: title, description, canonical link, preview. */
  head: string;
  /** The prerendered view. */
  root: string;
  /** The data the app takes the view over from, as a script element. */
  data: string;
}

/** Checks that the built index.html has what every page is made from. */
export function checkTemplate(html: string): void {
  if (!html.includes(ROOT)) throw new Error(`index.html has no empty ${ROOT} to render the pages into.`);
  if (!html.includes('</head>')) throw new Error('index.html has no </head> to put each page’s title and preview into.');
}

export function pageHtml(template: string, { head, root, data }: PageParts): string {
  checkTemplate(template);
  // Functions as replacements, so that "$" in the data is never read as a pattern.
  return template
    .replace(TITLE, '')
    .replace(DESCRIPTION, '')
    .replace('</head>', () => `  ${head.split('\n').join('\n    ')}\n  </head>`)
    .replace(ROOT, () => `<div id="root">${withoutInlineStyles(root)}</div>\n    ${data}`);
}
