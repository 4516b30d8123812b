import { describe, expect, it } from 'vitest';
import { pageHtml } from './page-html.ts';
import { siteAddress } from './prerender.ts';

const template = `<!doctype html><html><head><meta charset="UTF-8" />
    <meta name="description" content="The build's own." />
    <title>Report Atlas</title>
  </head><body><div id="root"></div></body></html>`;

describe('a page made from the built index.html', () => {
  it('gets its own head in place of the template’s title and description, and its view and data in the root', () => {
    const html = pageHtml(template, { head: '<title>Kenya · Report Atlas</title>\n<meta name="description" content="Kenya.">', root: '<p style="color:red">view</p>', data: '<script type="application/json" id="atlas-page">{}</script>' });
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toContain('<title>Kenya · Report Atlas</title>');
    expect(html).not.toContain("The build's own.");
    // Inline styles would break the page's policy.
    expect(html).toContain('<div id="root"><p>view</p></div>');
    expect(html).toContain('<script type="application/json" id="atlas-page">{}</script>');
  });

  it('takes "$" in the data as text, never as a replacement pattern', () => {
    const html = pageHtml(template, { head: '<title>$&$1</title>', root: "<p>$' and $`</p>", data: '' });
    expect(html).toContain('<title>$&$1</title>');
    expect(html).toContain("<p>$' and $`</p>");
  });

  it('refuses a template with no empty root to render into', () => {
    expect(() => pageHtml('<html><head></head><body></body></html>', { head: '', root: '', data: '' })).toThrow('no empty <div id="root"></div>');
  });
});

describe('the addresses of pages and previews', () => {
  it('start from the site’s root without ATLAS_SITE_URL, and are absolute with it', () => {
    expect(siteAddress(undefined)('/country/kenya/')).toBe('/country/kenya/');
    expect(siteAddress('https://atlas.example.org')('/atlas/country/kenya/preview.png')).toBe('https://atlas.example.org/atlas/country/kenya/preview.png');
    expect(siteAddress('https://atlas.example.org/ignored/path')('/country/kenya/')).toBe('https://atlas.example.org/country/kenya/');
  });

  it('refuse an ATLAS_SITE_URL that is not an http(s) address, naming it', () => {
    expect(() => siteAddress('atlas.example.org')).toThrow(/ATLAS_SITE_URL .*“atlas.example.org” is not an address/);
    expect(() => siteAddress('javascript:alert(1)')).toThrow('ATLAS_SITE_URL must be an http or https address');
  });
});
