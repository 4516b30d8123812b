import { useEffect, useState } from 'react';
import { atlasStore, useAtlas } from '../../state/store.ts';
import { useContent } from '../content-context.tsx';
import { MenuButton } from './menu-button.tsx';
import { viewCitation } from './view-citation.ts';
import { embedSnippet } from '../../briefing/embed-code.ts';
import { countryPagesOf, titleFor } from '../../state/atlas-model.ts';
import { addressOf, DEFAULT_URL_STATE } from '../../state/url.ts';
import { placeFor } from '../../page-place.ts';
import { usePlace } from '../place-context.tsx';

const copy = (text: string): Promise<void> => {
  const clipboard = navigator.clipboard as Clipboard | undefined;
  return clipboard ? clipboard.writeText(text) : Promise.reject(new Error('no clipboard'));
};

/** Copies the address of the view on screen, which opens exactly this view, or a citation of it. */
export function ShareMenu() {
  const content = useContent();
  const country = useAtlas((s) => s.country);
  const { base } = usePlace();
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), 4000);
    return () => clearTimeout(timer);
  }, [status]);
  const run = (text: () => string, done: string) => () =>
    void copy(text()).then(
      () => setStatus(done),
      () => setStatus('Could not copy; copy the address from the address bar'),
    );
  const citation = () => {
    const { summary } = content;
    const name = country === null ? null : (summary.countries.find((c) => c.iso3 === country)?.name ?? country);
    const origins = [...new Set(summary.reports.map((r) => r.origin))];
    return viewCitation({ country: name, articleCount: summary.articleCount, origins, url: window.location.href, accessed: new Date() });
  };
  // The view's embed page: its country and filters; the table, the reader and the tour stay in the atlas.
  const embedCode = () => {
    const { speaker, report, measure, until } = atlasStore.getState();
    const view = { ...DEFAULT_URL_STATE, country, speaker, report, measure, until };
    const src = new URL(addressOf(view, countryPagesOf(content), placeFor(base, true).pages), window.location.href).href;
    return embedSnippet({ src, title: titleFor(content, view) });
  };
  return (
    <div className="share">
      <MenuButton
        label="Share"
        items={[
          { label: 'Copy link', onSelect: run(() => window.location.href, 'Link copied') },
          { label: 'Copy citation', onSelect: run(citation, 'Citation copied') },
          { label: 'Copy embed code', onSelect: run(embedCode, 'Embed code copied: paste it into your page') },
        ]}
      />
      <span className="toolbar-status" role="status">
        {status}
      </span>
    </div>
  );
}
