// The curation view's entry, served only by the development server (vite/curate-server.ts).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CurateApp } from './curate-app.tsx';
import '../styles.css';

const root = document.getElementById('curate');
if (root)
  createRoot(root).render(
    <StrictMode>
      <CurateApp />
    </StrictMode>,
  );
