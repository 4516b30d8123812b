import { useState } from 'react';
import { atlasStore } from '../../state/store.ts';
import '../buttons.css';
import './briefing-bar.css';

// The exports load when first asked for: nobody needs them to see the map.
const exports = () => import('./exports.ts');

const PNG_SCALE = 2;

function fileStem(): string {
  const { country } = atlasStore.getState();
  return `report-atlas${country ? `-${country}` : ''}`;
}

const current = () => {
  const { country, speaker, measure } = atlasStore.getState();
  return { country, speaker, measure };
};

async function downloadSvg() {
  const { exportMap, saveFile } = await exports();
  saveFile(new Blob([exportMap(current()).svg], { type: 'image/svg+xml' }), `${fileStem()}.svg`);
}

async function downloadPng() {
  const { exportMap, saveFile, svgToPng } = await exports();
  const { svg, width, height } = exportMap(current());
  saveFile(await svgToPng(svg, width, height, PNG_SCALE), `${fileStem()}.png`);
}

async function downloadSlides() {
  const { exportSlides, saveFile } = await exports();
  saveFile(await exportSlides(PNG_SCALE), 'report-atlas-briefing.pptx');
}

/** Present, print and export: everything a briefer takes into the room. */
export function BriefingBar() {
  const [status, setStatus] = useState('');
  const run = (label: string, action: () => Promise<void>) => async () => {
    setStatus(`Preparing ${label}…`);
    try {
      await action();
      setStatus(`${label[0]?.toUpperCase()}${label.slice(1)} saved.`);
    } catch (error) {
      setStatus(`Could not make the ${label}: ${(error as Error).message}`);
    }
  };
  return (
    <div className="briefing-bar" role="group" aria-label="Briefing">
      <button type="button" className="button button-primary" onClick={() => atlasStore.getState().goToStep(1)}>
        Brief
      </button>
      <button type="button" className="button" onClick={() => window.print()}>
        Print handout
      </button>
      <button type="button" className="button" onClick={run('SVG', downloadSvg)}>
        Download SVG
      </button>
      <button type="button" className="button" onClick={run('PNG', downloadPng)}>
        Download PNG
      </button>
      <button type="button" className="button" onClick={run('slides', downloadSlides)}>
        Download slides (.pptx)
      </button>
      <span className="briefing-status" role="status">
        {status}
      </span>
    </div>
  );
}
