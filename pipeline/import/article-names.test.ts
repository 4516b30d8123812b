import { describe, expect, it } from 'vitest';
import { articleId, nextFileNumber, shortSlug, siteName, slugWords } from './article-names.ts';

describe("a new article's names", () => {
  it('slugs are lower-case ASCII words joined by hyphens, short, not ending on a small word', () => {
    expect(slugWords("Kenya's élite, abroad — São Tomé 2018")).toEqual(['kenyas', 'elite', 'abroad', 'sao', 'tome', '2018']);
    expect(shortSlug("North Korea's elite still reach the internet from abroad, researchers say")).toBe('north-koreas-elite-still-reach');
    expect(shortSlug('Short headline')).toBe('short-headline');
    expect(shortSlug('Ends with the')).toBe('ends-with-the');
    expect(shortSlug('Pneumonoultramicroscopicsilicovolcanoconiosis-and-more-words', 20)).toBe('pneumonoultramicrosc');
    expect(shortSlug('!!!')).toBe('');
  });

  it("the site's name is its address's own label, not www or a country's second level", () => {
    expect(siteName('https://www.nzherald.co.nz/technology/x')).toBe('nzherald');
    expect(siteName('https://securitybrief.co.nz/story/x')).toBe('securitybrief');
    expect(siteName('https://edition.cnn.com/2018/05/07/x')).toBe('cnn');
    expect(siteName('https://www.bbc.co.uk/news/x')).toBe('bbc');
    expect(siteName('https://www.tasmancourier.example/x')).toBe('tasmancourier');
  });

  it('ids are the site and the month, then the day, then a number, never one already taken', () => {
    expect(articleId('nzherald', '2018-05-07', new Set())).toBe('nzherald-2018-05');
    expect(articleId('nzherald', '2018-05-07', new Set(['nzherald-2018-05']))).toBe('nzherald-2018-05-07');
    expect(articleId('nzherald', '2018-05-07', new Set(['nzherald-2018-05', 'nzherald-2018-05-07']))).toBe('nzherald-2018-05-07-2');
    expect(articleId('Blog Example', null, new Set(['blog-example']))).toBe('blog-example-2');
  });

  it('the file number follows the highest of the files and the entries', () => {
    expect(nextFileNumber(['articles/000_a.txt', 'articles/004_b.txt', 'articles/001_c.txt'])).toBe('005');
    expect(nextFileNumber(['articles/.004_x.txt.123.tmp', 'articles/002_y.txt', 'notes.md'])).toBe('003');
    expect(nextFileNumber([])).toBe('000');
  });
});
