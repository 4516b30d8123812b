import { CONTENT_INDEX } from '../content/content.ts';
import { APP_TITLE } from '../state/atlas-model.ts';
import { CopyLinkButton } from './copy-link-button.tsx';

const { articles } = CONTENT_INDEX.content;
const named = CONTENT_INDEX.mentioned.filter((s) => s.status === 'named').length;

export function Masthead() {
  return (
    <header className="masthead">
      <div>
        <h1>
          {APP_TITLE}: <span className="subtitle">where North Korea’s internet activity is run from</span>
        </h1>
        <p className="lede">
          Recorded Future’s reports say that North Korea runs much of its internet activity from abroad. {articles.length} news articles covered them
          and named {named} countries. Every colour on the map traces back to the exact quotes.
        </p>
      </div>
      <CopyLinkButton />
    </header>
  );
}
