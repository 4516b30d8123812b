import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/app.tsx';
import { titleFor, URL_CONTEXT } from './state/atlas-model.ts';
import { atlasStore } from './state/store.ts';
import { startUrlSync } from './state/url-sync.ts';
import './styles.css';

startUrlSync({ store: atlasStore, context: URL_CONTEXT, titleFor });

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
