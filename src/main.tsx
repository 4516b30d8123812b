import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/app.tsx';
import { TOUR_STEPS } from './briefing/briefing-model.ts';
import { makeUrlContext, titleFor } from './state/atlas-model.ts';
import { atlasStore } from './state/store.ts';
import { startUrlSync } from './state/url-sync.ts';
import './styles.css';

startUrlSync({ store: atlasStore, context: makeUrlContext(TOUR_STEPS.length), titleFor });

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
