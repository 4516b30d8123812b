import { describe, expect, it } from 'vitest';
import { characterBoundary, newClaimId } from './claim-form.tsx';

describe('the claim form', () => {
  const text = 'In Thailand 🇹🇭 now';
  const flag = text.indexOf('🇹🇭');

  it('keeps a typed offset off the middle of a character: a start moves back, an end moves on', () => {
    expect(characterBoundary(text, flag + 1, 'start')).toBe(flag);
    expect(characterBoundary(text, flag + 1, 'end')).toBe(flag + 2);
    expect(characterBoundary(text, flag + 3, 'start')).toBe(flag + 2);
    expect(characterBoundary(text, flag + 2, 'end')).toBe(flag + 2);
  });

  it('keeps it inside the text, on a whole number', () => {
    expect(characterBoundary(text, -4, 'start')).toBe(0);
    expect(characterBoundary(text, 999, 'end')).toBe(text.length);
    expect(characterBoundary(text, 2.6, 'start')).toBe(3);
  });

  it('numbers a new claim past the ids its article has', () => {
    const article = { id: 'csi-2017-07', claimIds: ['csi-2017-07-ken-1', 'csi-2017-07-ken-2'] } as Parameters<typeof newClaimId>[0];
    expect(newClaimId(article, 'KEN')).toBe('csi-2017-07-ken-3');
    expect(newClaimId(article, 'MOZ')).toBe('csi-2017-07-moz-1');
  });
});
