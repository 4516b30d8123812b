import { describe, expect, it } from 'vitest';
import { embedSnippet, EMBED_HEIGHT } from './embed-code.ts';
import { oembedFor } from './oembed.ts';

describe('embedSnippet', () => {
  it('frames the view lazily, as wide as its container, with a title', () => {
    expect(embedSnippet({ src: 'https://atlas.example.org/embed/country/kenya/?speaker=report', title: 'Kenya · Report Atlas' })).toBe(
      `<iframe src="https://atlas.example.org/embed/country/kenya/?speaker=report" title="Kenya · Report Atlas" width="100%" height="${EMBED_HEIGHT}" loading="lazy" allow="clipboard-write" style="border: 0; max-width: 100%;"></iframe>`,
    );
  });

  it('escapes what comes from the data, so that a title cannot close the attribute or the element', () => {
    const snippet = embedSnippet({ src: '/embed/?a=1&b="2"', title: '"><script>alert(1)</script>' });
    expect(snippet).not.toContain('<script>');
    expect(snippet).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(snippet).toContain('src="/embed/?a=1&amp;b=&quot;2&quot;"');
  });
});

describe('oembedFor', () => {
  it('is a rich oEmbed whose html is the snippet', () => {
    const view = { src: 'https://atlas.example.org/embed/', title: 'Report Atlas' };
    const oembed = oembedFor({ ...view, site: 'https://atlas.example.org/', thumbnail: 'https://atlas.example.org/preview.png' });
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Report Atlas', html: embedSnippet(view), height: EMBED_HEIGHT, thumbnail_width: 1200, thumbnail_height: 630 });
  });
});
