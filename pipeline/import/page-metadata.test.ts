import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFurniture } from './page-furniture.ts';
import { pageMetadata } from './page-metadata.ts';
import { parseHtml, readPage } from './read-page.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');

function fixture(name: string): Document {
  const page = readPage(join(FIXTURES, name));
  if (!page.ok) throw new Error(page.error);
  return page.document;
}

const metadataOf = (html: string) => {
  const document = parseHtml(html);
  return pageMetadata(document, findFurniture(document));
};

describe("a saved page's metadata", () => {
  it('reads the news article fixture: publisher, headline without the site name, canonical https address, date as written', () => {
    const document = fixture('news-article.html');
    expect(pageMetadata(document, findFurniture(document))).toEqual({
      publisher: { value: 'The Tasman Courier', from: 'og:site_name' },
      headline: { value: "North Korea's elite still reach the internet from abroad, researchers say", from: 'og:title' },
      url: { value: 'https://www.tasmancourier.example/technology/2018/05/07/north-korea-elite-internet-abroad', from: 'link rel=canonical' },
      insecureUrl: null,
      published: { value: '2018-05-07T07:15:00+12:00', from: 'article:published_time' },
    });
  });

  it('finds nothing on a page with no metadata', () => {
    expect(pageMetadata(fixture('no-metadata.html'))).toEqual({ publisher: null, headline: null, url: null, insecureUrl: null, published: null });
  });

  it('falls back to JSON-LD, following a publisher given by reference in a @graph', () => {
    const meta = metadataOf(`<html><head>
      <script type="application/ld+json">{ not json</script>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"Organization","@id":"https://example.org/#org","name":"Example Daily"},
        {"@type":["NewsArticle"],"headline":"  A headline\\n from JSON-LD ","datePublished":"2018-05-06T23:30:00-04:00","publisher":{"@id":"https://example.org/#org"}}
      ]}</script></head><body><h1>The h1</h1></body></html>`);
    expect(meta.publisher).toEqual({ value: 'Example Daily', from: 'JSON-LD publisher.name' });
    expect(meta.headline).toEqual({ value: 'A headline from JSON-LD', from: 'JSON-LD headline' });
    expect(meta.published).toEqual({ value: '2018-05-06T23:30:00-04:00', from: 'JSON-LD datePublished' });
  });

  it("takes the article's h1 and time element last, never those of a comment or a most-read list", () => {
    const meta = metadataOf(`<html><body>
      <aside class="most-read"><h1>Most read</h1><time datetime="2020-01-01">1 Jan</time></aside>
      <article><h1>The story's own headline</h1><p>${'Words of the story. '.repeat(10)}</p></article>
      <section id="comments"><time datetime="2019-03-03T10:00:00+00:00">a comment</time></section>
      <p><time datetime="2018-05-07">7 May 2018</time></p></body></html>`);
    expect(meta.headline).toEqual({ value: "The story's own headline", from: 'h1' });
    expect(meta.published).toEqual({ value: '2018-05-07', from: '<time datetime>' });
  });

  it('accepts only an https address: an http canonical gives way to an https og:url, and is reported when it is all there is', () => {
    const both = metadataOf('<head><link rel="canonical" href="http://example.org/a"><meta property="og:url" content="https://example.org/a"></head>');
    expect(both.url).toEqual({ value: 'https://example.org/a', from: 'og:url' });
    const httpOnly = metadataOf('<head><link rel="canonical" href="http://example.org/a"></head>');
    expect(httpOnly.url).toBeNull();
    expect(httpOnly.insecureUrl).toEqual({ value: 'http://example.org/a', from: 'link rel=canonical' });
  });

  it('resolves a relative canonical link against og:url, and reads og tags written with name=', () => {
    const meta = metadataOf('<head><link rel="canonical" href="/story/1"><meta name="og:url" content="https://example.org/x"><meta name="og:site_name" content="Example"></head>');
    expect(meta.url?.value).toBe('https://example.org/story/1');
    expect(meta.publisher?.value).toBe('Example');
  });
});
