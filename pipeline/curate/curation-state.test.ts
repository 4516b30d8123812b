import { afterEach, describe, expect, it } from 'vitest';
import { copyOfRealData, type DataFolder } from '../test-support/data-folder.ts';
import { curationArticle, curationState } from './curation-state.ts';

let folder: DataFolder;
afterEach(() => folder?.remove());

const ARTICLE = 'csi-2017-07';

describe('what the curation view shows', () => {
  it('counts every mention of the real data handled, as the build’s completeness check does', () => {
    folder = copyOfRealData();
    const { articles } = curationState(folder.dir);
    expect(articles.length).toBeGreaterThan(0);
    for (const a of articles) expect(a.handled, a.id).toBe(a.mentions);
  });

  it('a claim taken out leaves its country’s mentions to do; a not-claim for their words handles them again', () => {
    folder = copyOfRealData();
    folder.editJson('claims.json', (json) => {
      json.claims = json.claims?.filter((c) => !(c.article === ARTICLE && c.country === 'KEN'));
    });
    const view = curationArticle(folder.dir, ARTICLE);
    const kenya = view?.list.filter((m) => m.country === 'KEN') ?? [];
    expect(kenya.length).toBeGreaterThan(0);
    expect(kenya.map((m) => m.handled)).toEqual(kenya.map(() => null));
    expect(view?.handled).toBe((view?.mentions ?? 0) - kenya.length);
    // Each mention's sentence holds it, and its offsets are the sentence's in the text.
    for (const m of kenya) {
      expect(view?.text.slice(m.sentenceStart, m.sentenceEnd)).toBe(m.sentence);
      expect(m.sentenceStart <= m.start && m.end <= m.sentenceEnd).toBe(true);
    }

    folder.editJson('not-claims.json', (json) => {
      json.notClaims?.push(...kenya.map((m) => ({ article: ARTICLE, country: 'KEN', text: m.text, reason: 'a test' })));
    });
    const after = curationArticle(folder.dir, ARTICLE);
    expect(after?.list.filter((m) => m.country === 'KEN').map((m) => m.handled)).toEqual(kenya.map(() => 'not-claim'));
    expect(after?.handled).toBe(after?.mentions);
    expect(curationState(folder.dir).articles.find((a) => a.id === ARTICLE)?.handled).toBe(after?.mentions);
  });

  it('an article the sources do not list is none', () => {
    folder = copyOfRealData();
    expect(curationArticle(folder.dir, 'no-such-article')).toBeNull();
  });
});
