import { useEffect, useRef, useState } from 'react';
import { formatProblem, type CurationArticleView, type CurationMention, type CurationState, type Problem } from '../content/curation.ts';
import type { Span } from './article-text.tsx';

export interface ClaimDraft {
  id: string;
  kind: string;
  speaker: 'report' | 'official' | 'reporter';
  report: string;
  name: string;
  role: string;
}

/** The offset `n`, kept inside the text and off the middle of a character (the two halves of an emoji, say): moved back for a start, on for an end. */
export function characterBoundary(text: string, n: number, side: 'start' | 'end'): number {
  const at = Math.max(0, Math.min(text.length, Math.round(n)));
  const inside = at > 0 && at < text.length && /[\uDC00-\uDFFF]/.test(text.charAt(at)) && /[\uD800-\uDBFF]/.test(text.charAt(at - 1));
  return inside ? at + (side === 'start' ? -1 : 1) : at;
}

/** An id for a new claim: the article's and the country's, numbered past those the article has. */
export function newClaimId(article: CurationArticleView, country: string): string {
  const stem = `${article.id}-${country.toLowerCase()}`;
  for (let n = 1; ; n++) if (!article.claimIds.includes(`${stem}-${n}`)) return `${stem}-${n}`;
}

export function speakerOf(draft: ClaimDraft) {
  if (draft.speaker === 'report') return { type: 'report', report: draft.report };
  if (draft.speaker === 'official') return { type: 'official', name: draft.name, role: draft.role, citing: draft.report };
  return { type: 'reporter', citing: draft.report };
}

interface Props {
  state: CurationState;
  article: CurationArticleView;
  mention: CurationMention;
  quote: Span;
  setQuote: (span: Span) => void;
  quoteSelection: () => void;
  onClaim: (draft: ClaimDraft) => void;
  onNotClaim: (reason: string) => void;
  problems: Problem[];
  busy: boolean;
}

/** Makes the chosen mention a claim (its quote, kind, speaker and report), or marks it as not one, with a reason. */
export function ClaimForm({ state, article, mention, quote, setQuote, quoteSelection, onClaim, onNotClaim, problems, busy }: Props) {
  const [draft, setDraft] = useState<ClaimDraft>(() => ({ id: newClaimId(article, mention.country), kind: state.kinds[0] ?? '', speaker: 'report', report: article.reportsOn[0] ?? '', name: '', role: '' }));
  const [reason, setReason] = useState('');
  const set = (change: Partial<ClaimDraft>) => setDraft((d) => ({ ...d, ...change }));
  const bound = (n: number, side: 'start' | 'end') => characterBoundary(article.text, n, side);
  // A mention chosen from the list brings the reader to its form, whatever the list's length.
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  // A refused save brings the reader to what the verification says.
  const said = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length > 0) said.current?.focus();
  }, [problems]);
  // While a save is on its way, its buttons keep the focus but do nothing.
  const unlessBusy = (act: () => void) => (busy ? undefined : act());
  return (
    <section className="curate-form" aria-labelledby="curate-form-title">
      <h2 id="curate-form-title" ref={title} tabIndex={-1}>
        {mention.country}: “{mention.text}” at {mention.start}
      </h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          unlessBusy(() => onClaim(draft));
        }}
      >
        <fieldset>
          <legend>The quote</legend>
          <blockquote className="curate-quote">{article.text.slice(quote.start, quote.end)}</blockquote>
          {(quote.start > mention.start || quote.end < mention.end) && (
            <p className="curate-note">
              The quote no longer holds “{mention.text}” at {mention.start}: make sure its words still say this about {mention.country}.
            </p>
          )}
          <div className="curate-row">
            <label>
              Starts at <input type="number" min={0} max={quote.end - 1} value={quote.start} onChange={(e) => setQuote({ start: bound(Number(e.target.value), 'start'), end: quote.end })} />
            </label>
            <label>
              Ends at <input type="number" min={quote.start + 1} max={article.text.length} value={quote.end} onChange={(e) => setQuote({ start: quote.start, end: bound(Number(e.target.value), 'end') })} />
            </label>
            <button type="button" onClick={quoteSelection}>
              Quote the selected text
            </button>
            <button type="button" onClick={() => setQuote({ start: mention.sentenceStart, end: mention.sentenceEnd })}>
              Quote the whole sentence
            </button>
          </div>
        </fieldset>
        <div className="curate-row">
          <label>
            Claim id <input value={draft.id} onChange={(e) => set({ id: e.target.value })} required />
          </label>
          <label>
            Kind
            <select value={draft.kind} onChange={(e) => set({ kind: e.target.value })}>
              {state.kinds.map((k) => (
                <option key={k}>{k}</option>
              ))}
            </select>
          </label>
          <label>
            Speaker
            <select value={draft.speaker} onChange={(e) => set({ speaker: e.target.value as ClaimDraft['speaker'] })}>
              <option value="report">the report</option>
              <option value="official">an official</option>
              <option value="reporter">the reporter</option>
            </select>
          </label>
          <label>
            Report
            <select value={draft.report} onChange={(e) => set({ report: e.target.value })}>
              {state.reports.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title} ({r.published})
                </option>
              ))}
            </select>
          </label>
        </div>
        {draft.speaker === 'official' && (
          <div className="curate-row">
            <label>
              Official’s name <input value={draft.name} onChange={(e) => set({ name: e.target.value })} required />
            </label>
            <label>
              Role <input value={draft.role} onChange={(e) => set({ role: e.target.value })} required />
            </label>
          </div>
        )}
        <button type="submit" className="curate-primary" aria-disabled={busy || undefined}>
          Save the claim
        </button>
      </form>
      <form
        className="curate-row"
        onSubmit={(e) => {
          e.preventDefault();
          unlessBusy(() => onNotClaim(reason));
        }}
      >
        <label>
          Not a claim, because <input value={reason} onChange={(e) => setReason(e.target.value)} required size={40} />
        </label>
        <button type="submit" aria-disabled={busy || undefined}>
          Mark as not a claim
        </button>
      </form>
      {problems.length > 0 && (
        <div role="alert" className="curate-problems" ref={said} tabIndex={-1}>
          <p>Not saved: the build’s verification says</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{formatProblem(p)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
