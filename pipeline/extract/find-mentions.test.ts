import { describe, expect, it } from 'vitest';
import { COUNTRY_NAMES } from './country-names.ts';
import { compileNames, findMentions } from './find-mentions.ts';

const names = compileNames(COUNTRY_NAMES);
const mentionsIn = (text: string) => findMentions(text, { start: 0, end: text.length }, names);
/** Each mention as "text=CODE", in text order. */
const found = (text: string) => mentionsIn(text).map((m) => `${m.text}=${m.country}`);

describe('finding country mentions', () => {
  it('gives UTF-16 offsets whose slice of the text is the mention', () => {
    const text = 'Café “déjà vu” 😀 — servers in Kenya.';
    const [kenya] = mentionsIn(text);
    expect(kenya).toMatchObject({ country: 'KEN', text: 'Kenya', start: text.indexOf('Kenya'), end: text.indexOf('Kenya') + 5 });
    expect(text.slice(kenya?.start, kenya?.end)).toBe('Kenya');
  });

  it('lists mentions in text order with the sentence each sits in', () => {
    expect(mentionsIn('First Nepal. Then Kenya and India!').map((m) => [m.text, m.sentence])).toEqual([
      ['Nepal', 'First Nepal.'],
      ['Kenya', 'Then Kenya and India!'],
      ['India', 'Then Kenya and India!'],
    ]);
  });

  it('gives where each sentence sits, trimmed: the text there is the sentence', () => {
    const text = '  First Nepal.   Then Kenya and India!  ';
    for (const m of mentionsIn(text)) expect(text.slice(m.sentenceStart, m.sentenceEnd)).toBe(m.sentence);
    expect(mentionsIn(text).map((m) => m.sentenceStart)).toEqual([2, 17, 17]);
  });

  it('recognises short and official names', () => {
    expect(found('Republic of Kenya and the Federal Democratic Republic of Nepal, then Mozambique.')).toEqual([
      'Republic of Kenya=KEN',
      'Federal Democratic Republic of Nepal=NPL',
      'Mozambique=MOZ',
    ]);
  });

  it('recognises well-known abbreviations: DPRK, U.S., US, USA, UK, U.K., NZ, UAE, DRC', () => {
    expect(found('DPRK hackers hit the U.S., US, USA, UK, U.K., NZ, UAE and DRC.')).toEqual([
      'DPRK=PRK',
      'U.S.=USA',
      'US=USA',
      'USA=USA',
      'UK=GBR',
      'U.K.=GBR',
      'NZ=NZL',
      'UAE=ARE',
      'DRC=COD',
    ]);
  });

  it('skips two-letter codes that are ordinary words: IN, IT, IS, NO, ME', () => {
    expect(found('IN SHORT: IT IS NO SECRET TO ME')).toEqual([]);
  });

  it('recognises demonyms: Kenyan, Nepalese, North Korean, Chinese, Malaysian, Indonesian', () => {
    expect(found('Kenyan, Nepalese, North Korean, Chinese, Malaysian and Indonesian firms')).toEqual([
      'Kenyan=KEN',
      'Nepalese=NPL',
      'North Korean=PRK',
      'Chinese=CHN',
      'Malaysian=MYS',
      'Indonesian=IDN',
    ]);
  });

  it('recognises plural demonyms: North Koreans, Kenyans, New Zealanders', () => {
    expect(found('North Koreans met Kenyans and New Zealanders.')).toEqual(['North Koreans=PRK', 'Kenyans=KEN', 'New Zealanders=NZL']);
  });

  it("matches only the name part of a possessive: Australia's, New Zealand’s", () => {
    expect(found("Australia's concerns and New Zealand’s servers")).toEqual(['Australia=AUS', 'New Zealand=NZL']);
  });

  it('matches whole words only: Indiana is not India, and Niger inside Nigeria never matches', () => {
    expect(found('Indiana, Nigeria, Kenya2, 2Peru, xChina')).toEqual(['Nigeria=NGA']);
  });

  it('treats letters with diacritics as part of the word', () => {
    expect(found('Chinaé and Perú are not China or Peru')).toEqual(['China=CHN', 'Peru=PER']);
  });

  it('is case-sensitive for proper nouns: "china" the porcelain and "us" the pronoun are not countries', () => {
    expect(found('fine china for us')).toEqual([]);
  });

  it('prefers the longest name: Papua New Guinea is not Guinea', () => {
    expect(found('Papua New Guinea and Guinea')).toEqual(['Papua New Guinea=PNG', 'Guinea=GIN']);
  });

  it('prefers the longest name: South Sudan is not Sudan, Dominican Republic is not Dominica', () => {
    expect(found('South Sudan, Sudan, the Dominican Republic and Dominica')).toEqual([
      'South Sudan=SSD',
      'Sudan=SDN',
      'Dominican Republic=DOM',
      'Dominica=DMA',
    ]);
  });

  it('prefers the longest name: North Korean is the DPRK, South Korean is the Republic of Korea', () => {
    expect(found('North Korean and South Korean officials')).toEqual(['North Korean=PRK', 'South Korean=KOR']);
  });

  it('does not report plain Korea or Korean, which could mean either Korea', () => {
    expect(found('Korea and Korean and the Koreas')).toEqual([]);
  });

  it('skips the explicit exceptions: New Jersey, New Mexico, New Guinea, guinea pigs, the Indian Ocean, Latin America', () => {
    expect(found('New Jersey, New Mexico, New Guinea, Guinea pigs, the Indian Ocean, Latin America, South Americans')).toEqual([]);
  });

  it('keeps country names that are also ordinary words or names: Georgia, Jordan, Chad', () => {
    expect(found('Georgia, Jordan and Chad')).toEqual(['Georgia=GEO', 'Jordan=JOR', 'Chad=TCD']);
  });

  it('gives a demonym two countries share to the sovereign one: Indian is India, American is the United States', () => {
    expect(found('Indian and American firms')).toEqual(['Indian=IND', 'American=USA']);
  });

  it('reports only mentions inside the body range', () => {
    const text = 'Kenya. Peru. Chile.';
    const body = { start: text.indexOf('Peru'), end: text.indexOf(' Chile') };
    expect(findMentions(text, body, names).map((m) => m.text)).toEqual(['Peru']);
  });
});
