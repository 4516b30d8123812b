// How to cite the view on screen: what it shows, what it rests on, its address and the day it was read.
import { capitalised } from '../../content/editions.ts';
import { countOf } from '../../content/plural.ts';
import { APP_SUBTITLE, APP_TITLE } from '../../state/atlas-model.ts';

export interface ViewCitation {
  /** The open country's name, or null for the world overview. */
  country: string | null;
  articleCount: number;
  /** Who published the reports the articles cover, e.g. "Recorded Future". */
  origins: readonly string[];
  url: string;
  accessed: Date;
}

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function viewCitation({ country, articleCount, origins, url, accessed }: ViewCitation): string {
  const what = country ?? capitalised(APP_SUBTITLE);
  const by = origins.length > 0 ? ` on ${origins.join(' and ')}’s reports` : '';
  const articles = countOf(articleCount, 'news article');
  return `${APP_TITLE}, “${what}”, from ${articles}${by}. ${url} (accessed ${DAY.format(accessed)}).`;
}
