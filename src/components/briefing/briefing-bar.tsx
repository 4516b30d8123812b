import { useState } from 'react';
import type { AtlasContent } from '../../content/atlas-content.ts';
import { atlasStore } from '../../state/store.ts';
import { CLAIMS_CSV_PATH, CLAIMS_JSON_PATH } from '../../content/data-paths.ts';
import { isFiltered } from '../../content/filters.ts';
import { useContent, useFilters } from '../content-context.tsx';
import { MenuButton } from '../toolbar/menu-button.tsx';
import '../buttons.css';
import './briefing-bar.css';

// The exports load when first asked for, beside the whole content: nobody needs them to see the map.
const exports = async (content: AtlasContent) => {
  const [code, whole] = await Promise.all([import('./exports.ts'), content.loadWhole()]);
  return { ...code, whole };
};

const PNG_SCALE = 2;

function fileStem(): string {
  const { country, report } = atlasStore.getState();
  return `report-atlas${country ? `-${country}` : ''}${report ? `-${report}` : ''}`;
}

const current = () => {
  const { country, speaker, report, measure, until } = atlasStore.getState();
  return { country, speaker, report, measure, until };
};

async function downloadSvg(content: AtlasContent) {
  const { exportMap, saveFile, whole } = await exports(content);
  saveFile(new Blob([exportMap(content, whole, current(), undefined, undefined, window.location.href).svg], { type: 'image/svg+xml' }), `${fileStem()}.svg`);
}

async function downloadPng(content: AtlasContent) {
  const { exportMap, saveFile, svgToPng, whole } = await exports(content);
  const { svg, width, height } = exportMap(content, whole, current(), undefined, undefined, window.location.href);
  saveFile(await svgToPng(svg, width, height, PNG_SCALE), `${fileStem()}.png`);
}

async function downloadSlides(content: AtlasContent) {
  const { exportSlides, saveFile, whole } = await exports(content);
  const { speaker, report } = current();
  saveFile(await exportSlides(content, whole, { speaker, report }, PNG_SCALE, window.location.href), `report-atlas-briefing${report ? `-${report}` : ''}.pptx`);
}

async function downloadSelection(content: AtlasContent, format: 'csv' | 'json') {
  const { selectionData, saveFile, whole } = await exports(content);
  const { speaker, report } = current();
  saveFile(selectionData(whole, { speaker, report }, format), `report-atlas-claims${report ? `-${report}` : ''}${speaker === 'all' ? '' : `-${speaker}`}.${format}`);
}

const BASE = import.meta.env.BASE_URL;

/** Present, print and export: everything a briefer takes into the room, in a button and a menu. */
export function BriefingBar() {
  const content = useContent();
  // With a filter set, the data downloads hold what it keeps; otherwise they are the build's files of every claim.
  const filtered = isFiltered(useFilters());
  const [status, setStatus] = useState('');
  const run = (label: string, action: (content: AtlasContent) => Promise<void>) => async () => {
    setStatus(`Preparing ${label}…`);
    try {
      await action(content);
      setStatus(`${label[0]?.toUpperCase()}${label.slice(1)} saved.`);
    } catch (error) {
      setStatus(`Could not make the ${label}: ${(error as Error).message}`);
    }
  };
  return (
    <div className="briefing-bar" role="group" aria-label="Briefing">
      <MenuButton
        label="Download"
        items={[
          { label: 'Print handout', onSelect: () => window.print() },
          { label: 'Download SVG', onSelect: () => void run('SVG', downloadSvg)() },
          { label: 'Download PNG', onSelect: () => void run('PNG', downloadPng)() },
          { label: 'Download slides (.pptx)', onSelect: () => void run('slides', downloadSlides)() },
          ...(filtered
            ? [
                { label: 'Download selected data (CSV)', onSelect: () => void run('data', (c) => downloadSelection(c, 'csv'))() },
                { label: 'Download selected data (JSON)', onSelect: () => void run('data', (c) => downloadSelection(c, 'json'))() },
              ]
            : [
                { label: 'Download data (CSV)', href: `${BASE}${CLAIMS_CSV_PATH}` },
                { label: 'Download data (JSON)', href: `${BASE}${CLAIMS_JSON_PATH}` },
              ]),
        ]}
      />
      <button type="button" className="button button-primary" onClick={() => atlasStore.getState().goToStep(1)}>
        Brief
      </button>
      <span className="briefing-status toolbar-status" role="status">
        {status}
      </span>
    </div>
  );
}
