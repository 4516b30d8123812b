// A new article written into sources.json as a person would: the entry added at the end of the
// `articles` list, in the file's own layout, and not one other byte changed.
import { isDeepStrictEqual } from 'node:util';
import type { RawArticle } from '../schema.ts';

interface ArticlesList {
  /** Offsets of the list's `[` and `]`. */
  open: number;
  close: number;
}

/** Where the top-level `"articles": [ … ]` list sits in the file's text. */
function findArticlesList(text: string): ArticlesList | null {
  let depth = 0;
  let open = -1;
  let lastString: string | null = null;
  // The key whose value comes next, at the top level.
  let pending: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (depth === 1) [lastString, pending] = [JSON.parse(text.slice(i, end + 1)) as string, null];
      i = end;
    } else if (/\s/u.test(ch)) {
      continue;
    } else if (ch === ':' && depth === 1) {
      pending = lastString;
    } else if (ch === '[' || ch === '{') {
      if (ch === '[' && depth === 1 && pending === 'articles' && open < 0) open = i;
      depth++;
      pending = null;
    } else if (ch === ']' || ch === '}') {
      depth--;
      if (open >= 0 && depth === 1) return { open, close: i };
    } else if (depth === 1) {
      pending = null;
    }
  }
  return null;
}

const lineIndent = (text: string, at: number) => {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return /^[ \t]*/u.exec(text.slice(lineStart))?.[0] ?? '';
};

/**
 * sources.json's text with `entry` added as the last article. Throws when the file has no
 * `articles` list to add to.
 */
export function appendArticle(text: string, entry: RawArticle): string {
  const list = findArticlesList(text);
  if (!list) throw new Error('it has no "articles" list');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const keyIndent = lineIndent(text, list.open);
  const inside = text.slice(list.open + 1, list.close);
  let result: string;
  if (inside.trim() === '') {
    // Top-level keys sit one step in: that step is the file's indentation.
    const unit = keyIndent || '  ';
    const indent = keyIndent + unit;
    const json = JSON.stringify(entry, null, unit).replaceAll('\n', eol + indent);
    result = `${text.slice(0, list.open + 1)}${eol}${indent}${json}${eol}${keyIndent}${text.slice(list.close)}`;
  } else {
    // The last item ends at the last character before `]` that is not white space.
    let lastEnd = list.close - 1;
    while (/\s/u.test(text[lastEnd] ?? '')) lastEnd--;
    const firstItem = list.open + 1 + inside.search(/\S/u);
    const onOwnLine = /\n[ \t]*$/u.test(text.slice(list.open + 1, firstItem));
    if (onOwnLine) {
      const indent = lineIndent(text, firstItem);
      const unit = indent.startsWith(keyIndent) && indent.length > keyIndent.length ? indent.slice(keyIndent.length) : '  ';
      const json = JSON.stringify(entry, null, unit).replaceAll('\n', eol + indent);
      result = `${text.slice(0, lastEnd + 1)},${eol}${indent}${json}${text.slice(lastEnd + 1)}`;
    } else {
      result = `${text.slice(0, lastEnd + 1)},${JSON.stringify(entry)}${text.slice(lastEnd + 1)}`;
    }
  }
  // The result must say exactly what the file said, plus the entry.
  const before = JSON.parse(text) as { articles: unknown[] };
  if (!isDeepStrictEqual(JSON.parse(result), { ...before, articles: [...before.articles, JSON.parse(JSON.stringify(entry))] })) {
    throw new Error('the new entry could not be added without changing the rest of the file');
  }
  return result;
}
