import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RawArticle } from '../schema.ts';
import { appendArticle } from './sources-entry.ts';

const REAL_SOURCES = readFileSync(join(import.meta.dirname, '../../data/sources.json'), 'utf8');

const entry: RawArticle = {
  id: 'example-2018-05',
  file: 'articles/005_example.txt',
  sha256: 'a'.repeat(64),
  publisher: 'Example Daily',
  headline: 'Kenya’s “élite” – online',
  url: 'https://example.org/a',
  published: '2018-05-07',
  publishedNote: 'the page\'s article:published_time 2018-05-07T07:15:00+12:00',
  reportsOn: ['rf-2018-04'],
  body: { after: null, before: null },
};

/** The lines the change adds, when it only adds lines; null when it changes or removes any. */
function addedLines(before: string, after: string): string[] | null {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return start + end === a.length ? b.slice(start, b.length - end) : null;
}

describe('a new entry in sources.json', () => {
  it('leaves the real file as JSON.stringify(…, null, 2) writes it, with the entry last', () => {
    const after = appendArticle(REAL_SOURCES, entry);
    const json = JSON.parse(REAL_SOURCES) as { articles: unknown[] };
    expect(after).toBe(`${JSON.stringify({ ...json, articles: [...json.articles, entry] }, null, 2)}\n`);
  });

  it('only adds lines: the diff is the entry and nothing else', () => {
    const entryLines = JSON.stringify(entry, null, 2).split('\n').map((line) => `    ${line}`);
    // As a diff shows it: "}," closing the old last entry, then the new one up to its own "}", which lines up with the old one's.
    expect(addedLines(REAL_SOURCES, appendArticle(REAL_SOURCES, entry))).toEqual(['    },', ...entryLines.slice(0, -1)]);
  });

  it("keeps a file's own layout: four-space indentation, CRLF line ends, key order, a one-line report", () => {
    const text = '{\r\n    "about": "x",\r\n    "articles": [\r\n        {"id": "a"}\r\n    ],\r\n    "reports": [{"id": "r"}]\r\n}';
    const after = appendArticle(text, entry);
    expect(after.startsWith('{\r\n    "about": "x",\r\n    "articles": [\r\n        {"id": "a"},\r\n        {\r\n            "id": "example-2018-05",\r\n')).toBe(true);
    expect(after.endsWith('        }\r\n    ],\r\n    "reports": [{"id": "r"}]\r\n}')).toBe(true);
    expect(after.replaceAll('\r\n', '')).not.toContain('\n');
  });

  it('fills an empty list, and does not mistake an "articles" key inside another object for the list', () => {
    const text = '{\n  "about": {"articles": []},\n  "articles": [],\n  "reports": []\n}\n';
    const after = appendArticle(text, entry);
    expect(after.startsWith('{\n  "about": {"articles": []},\n  "articles": [\n    {\n      "id": "example-2018-05",')).toBe(true);
    expect(after.endsWith('      }\n    }\n  ],\n  "reports": []\n}\n')).toBe(true);
  });

  it('refuses a file with no articles list', () => {
    expect(() => appendArticle('{"reports": []}', entry)).toThrow(/no "articles" list/u);
  });
});
