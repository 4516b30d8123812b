import type { RefObject } from 'react';
import type { CurationMention } from '../content/curation.ts';

const HANDLED = { claim: 'claimed', 'not-claim': 'not a claim' } as const;

/** The article's mentions, in the text's order, each with what handles it; the chosen one is current. */
export function MentionList({ mentions, chosen, busy, choose, listRef }: { mentions: readonly CurationMention[]; chosen: number; busy: boolean; choose: (i: number) => void; listRef: RefObject<HTMLOListElement | null> }) {
  return (
    <nav aria-label="Mentions">
      <h2>Mentions</h2>
      <ol className="curate-mentions" ref={listRef}>
        {mentions.map((m, i) => {
          const handled = m.handled ? HANDLED[m.handled] : 'to do';
          return (
            <li key={`${m.start}-${m.country}`}>
              <button type="button" aria-current={chosen === i ? 'true' : undefined} aria-disabled={busy || undefined} data-handled={handled} onClick={() => choose(i)}>
                {m.country} “{m.text}” at {m.start} — {handled}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
