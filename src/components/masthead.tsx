import { APP_TITLE } from '../state/atlas-model.ts';
import { useContent } from './content-context.tsx';
import { CopyLinkButton } from './copy-link-button.tsx';
import { ViewTabs } from './view-tabs.tsx';
import './masthead.css';

export function Masthead() {
  const content = useContent();
  const { mentioned } = content.summaryView('all');
  const named = mentioned.filter((s) => s.status === 'named').length;
  const context = mentioned.filter((s) => s.status === 'context').length;
  return (
    <header className="masthead">
      <div>
        <h1>
          {APP_TITLE}: <span className="subtitle">the countries named as likely bases of North Korea’s cyber activity</span>
        </h1>
        <p className="lede">
          Recorded Future’s reports say that much of North Korea’s state-sponsored internet activity is carried out from abroad, and name the countries
          where North Koreans have a significant presence. {content.summary.articleCount} news articles covered the reports: between them they name {named} countries
          as places of North Korean activity and mention {context} more as context. Every colour on the map traces back to the exact quotes.
        </p>
        <ViewTabs />
      </div>
      <CopyLinkButton />
    </header>
  );
}
