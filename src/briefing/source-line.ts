import { countOf } from '../content/plural.ts';

/**
 * Whose reports and which outlets the atlas rests on: "Recorded Future reports, as covered by NZ
 * Herald, SecurityBrief". When `fits` rejects the whole list, as many outlets as fit are named and
 * the rest counted ("… and 37 more outlets").
 */
export function coveredBy(origins: readonly string[], outlets: readonly string[], fits: (phrase: string) => boolean = () => true): string {
  return outletsCovering(`${[...new Set(origins)].join(', ')} reports`, outlets, fits);
}

/** What was covered, then the outlets that covered it, as many as fit: "Recorded Future’s July 2017 report, as covered by NZ Herald". */
export function outletsCovering(covered: string, outlets: readonly string[], fits: (phrase: string) => boolean = () => true): string {
  const lead = `${covered}, as covered by `;
  const whole = lead + outlets.join(', ');
  if (fits(whole)) return whole;
  for (let n = outlets.length - 1; n > 0; n--) {
    const phrase = `${lead}${outlets.slice(0, n).join(', ')} and ${countOf(outlets.length - n, 'more outlet')}`;
    if (fits(phrase)) return phrase;
  }
  return `${lead}${countOf(outlets.length, 'outlet')}`;
}
