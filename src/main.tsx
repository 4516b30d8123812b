import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/app.tsx';
import { loadIdIndex } from './content/country-quotes.ts';
import { makeUrlContext, titleFor } from './state/atlas-model.ts';
import { atlasStore } from './state/store.ts';
import { startUrlSync } from './state/url-sync.ts';
import './styles.css';

// Only a link that names a quote or an article needs every id before it can be read.
const needsIds = /[?&](quote|article)=/.test(window.location.search);

async function start() {
  if (needsIds) await loadIdIndex().catch(() => undefined);
  startUrlSync({ store: atlasStore, context: makeUrlContext(), titleFor });
  const root = document.getElementById('root');
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  }
}

void start();
