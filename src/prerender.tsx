// The first view as HTML, rendered at build time into index.html: the map shows as soon as the
// page is parsed, before any script has run. The app replaces it when it starts.
import { renderToString } from 'react-dom/server';
import { App } from './components/app.tsx';

export function renderFirstView(): string {
  return renderToString(<App />);
}
