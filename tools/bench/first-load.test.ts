import { describe, expect, it } from 'vitest';
import { bytesOf, kindOf, totalWith, type Response } from './first-load.ts';

const responses: Response[] = [
  { path: '/', kind: 'html', bytes: 1200, encoding: 'br' },
  { path: '/assets/index.js', kind: 'js', bytes: 30_200, encoding: 'br' },
  { path: '/favicon.png', kind: 'other', bytes: 900, encoding: null },
];
const SIZES: Record<string, { identity: number; br: number; gzip: number }> = {
  '/': { identity: 9000, br: 1000, gzip: 1300 },
  '/assets/index.js': { identity: 100_000, br: 30_000, gzip: 35_000 },
};
const sizesOf = (path: string) => SIZES[path] ?? null;

describe('what a first visit transfers', () => {
  it('sorts responses into kinds by their type, and data by its extension', () => {
    expect(kindOf('Document', '/')).toBe('html');
    expect(kindOf('Script', '/a.js')).toBe('js');
    expect(kindOf('Stylesheet', '/a.css')).toBe('css');
    expect(kindOf('Other', '/data/countries/NZL.json?v=1')).toBe('data');
    expect(kindOf('Fetch', '/x')).toBe('data');
    expect(kindOf('Image', '/favicon.svg')).toBe('other');
  });

  it('adds up the bytes of each kind and the total', () => {
    expect(bytesOf(responses)).toEqual({ total: 32_300, js: 30_200, css: 0, data: 0, html: 1200, other: 900 });
  });

  it('gives the same total with gzip bodies in place of brotli ones, headers and images unchanged', () => {
    expect(totalWith(responses, sizesOf, 'gzip')).toBe(32_300 + 300 + 5000);
    expect(totalWith(responses, sizesOf, 'br')).toBe(32_300);
  });

  it('leaves a response as it was when the server has no sizes for it', () => {
    expect(totalWith([{ path: '/gone.js', kind: 'js', bytes: 500, encoding: 'br' }], sizesOf, 'gzip')).toBe(500);
  });
});
