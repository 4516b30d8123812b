// @vitest-environment happy-dom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { atlasStore, useAtlas } from '../../state/store.ts';
import { PartBoundary } from '../part-boundary.tsx';
import { renderWithContent } from '../test-support/render-with-content.tsx';
import { CountryPanel } from './country-panel.tsx';

afterEach(() => {
  vi.restoreAllMocks();
});

const section = (title: string) => screen.getByRole('heading', { level: 3, name: new RegExp(`^${title}`) }).closest('section') as HTMLElement;
const quotesIn = (element: HTMLElement) => within(element).queryAllByRole('figure');
const quoteOf = (text: string) => screen.getByText(text, { selector: 'blockquote' }).closest('figure') as HTMLElement;

/** The panel as the app shows it: for the selected country, inside its boundary. */
function OpenPanel() {
  const country = useAtlas((s) => s.country);
  if (country === null) return null;
  return (
    <PartBoundary part="the country panel" onLeave={() => atlasStore.getState().select(null)} leaveLabel="Close the panel">
      <CountryPanel iso3={country} shown />
    </PartBoundary>
  );
}

describe('the country panel', () => {
  it('names the country and sums up what the articles say about it', async () => {
    renderWithContent(<CountryPanel iso3="NZL" shown />, { view: { country: 'NZL' } });
    expect(screen.getByRole('heading', { level: 2, name: 'New Zealand' })).toHaveProperty('isConnected', true);
    expect(screen.getByRole('complementary', { name: 'New Zealand' })).toHaveProperty('isConnected', true);
    expect(screen.getByText('All 2 articles name New Zealand as a likely base of North Korean activity (2 quotes; 1 more gives context).')).toHaveProperty('isConnected', true);
    expect(await screen.findByText(/^Both articles naming it trace back to one primary source, Recorded Future \(1 report\)/)).toHaveProperty('isConnected', true);
  });

  it('shows every quote verbatim, with its speaker and its article, what the articles say apart from context', async () => {
    const { files } = renderWithContent(<CountryPanel iso3="NZL" shown />, { view: { country: 'NZL' } });
    await screen.findByRole('heading', { name: /^What the articles say/ });
    const quotes = new Map(files.get('NZL')?.claims.map((c) => [c.id, c.quote]));

    const said = section('What the articles say');
    expect(within(said).getByRole('heading', { level: 3 }).textContent).toBe('What the articles say (2)');
    // Each article is named above its quotes, oldest article first.
    expect(within(said).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['NZ Herald: “A headline”', 'SecurityBrief, 7 May 2018']);
    expect(quotesIn(said).map((f) => f.querySelector('blockquote')?.textContent)).toEqual([quotes.get('a-nzl'), quotes.get('b-nzl')]);
    const context = section('Context');
    expect(within(context).getByRole('heading', { level: 3 }).textContent).toBe('Context (1)');
    expect(quotesIn(context).map((f) => f.querySelector('blockquote')?.textContent)).toEqual([quotes.get('b-nzl-context')]);

    const fromReport = quoteOf(quotes.get('a-nzl') ?? '');
    expect(within(fromReport).getByText('NZ Herald: “A headline”')).toHaveProperty('isConnected', true);
    expect(fromReport.querySelector('.quote-speaker')?.textContent).toBe('Said by: The report: Recorded Future, “r” (25 July 2017)');
    const fromReporter = quoteOf(quotes.get('b-nzl') ?? '');
    expect(within(fromReporter).getByText('SecurityBrief, 7 May 2018')).toHaveProperty('isConnected', true);
    expect(fromReporter.querySelector('.quote-speaker')?.textContent).toBe('Said by: The reporter’s own words');
  });

  it('says when no article names the country, and fetches nothing for it', async () => {
    const { sources } = renderWithContent(<CountryPanel iso3="FRA" shown />, { view: { country: 'FRA' } });
    expect(screen.getByRole('heading', { level: 2, name: 'France' })).toHaveProperty('isConnected', true);
    expect(screen.getByText('Not named in any of the 2 articles.')).toHaveProperty('isConnected', true);
    await act(async () => {});
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryAllByRole('figure')).toEqual([]);
    expect(sources.countryQuotes).not.toHaveBeenCalled();
  });

  it('says so when the speaker filter leaves no quote about the country', async () => {
    renderWithContent(<CountryPanel iso3="NZL" shown />, { view: { country: 'NZL', speaker: 'official' } });
    expect(screen.getByText('No quotes from officials mention New Zealand.')).toHaveProperty('isConnected', true);
    expect(screen.getByText(/^Showing only quotes from officials;/)).toHaveProperty('isConnected', true);
    await act(async () => {});
    expect(screen.queryAllByRole('figure')).toEqual([]);
  });

  it('marks the quote a link points at, and only that one', async () => {
    const { files } = renderWithContent(<CountryPanel iso3="NZL" shown />, { view: { country: 'NZL', quote: 'b-nzl' }, atHand: { quotes: ['NZL'] } });
    const quotes = new Map(files.get('NZL')?.claims.map((c) => [c.id, c.quote]));
    const current = screen.getAllByRole('figure').filter((f) => f.getAttribute('aria-current') === 'true');
    expect(current).toEqual([quoteOf(quotes.get('b-nzl') ?? '')]);
    expect(current[0]?.classList.contains('is-current')).toBe(true);
  });

  it('tells the reader the quotes are loading until they arrive', async () => {
    renderWithContent(<CountryPanel iso3="THA" shown />, { view: { country: 'THA' } });
    expect(screen.getByRole('status').textContent).toBe('Loading the quotes…');
    expect(await screen.findByRole('figure')).toHaveProperty('isConnected', true);
    expect(screen.queryByText('Loading the quotes…')).toBeNull();
  });

  it('closes with its × button', async () => {
    const user = userEvent.setup();
    renderWithContent(<OpenPanel />, { view: { country: 'NZL' } });
    await user.click(screen.getByRole('button', { name: 'Close the country panel' }));
    expect(atlasStore.getState().country).toBeNull();
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('closes with Escape, unless an article is open in the reader', async () => {
    const user = userEvent.setup();
    renderWithContent(<OpenPanel />, { view: { country: 'NZL', article: 'a' } });
    await user.keyboard('{Escape}');
    expect(atlasStore.getState().country).toBe('NZL');
    act(() => atlasStore.getState().closeArticle());
    await user.keyboard('{Escape}');
    expect(atlasStore.getState().country).toBeNull();
  });

  it('shows that the quotes could not be loaded, with a way to close the panel', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const user = userEvent.setup();
    const { sources } = renderWithContent(<OpenPanel />);
    sources.countryQuotes.mockRejectedValue(new Error('Offline'));
    act(() => atlasStore.getState().select('NZL'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Sorry, the country panel could not be shown.');
    expect(sources.countryQuotes).toHaveBeenCalledWith('NZL');
    await user.click(within(alert).getByRole('button', { name: 'Close the panel' }));
    expect(atlasStore.getState().country).toBeNull();
  });
});
