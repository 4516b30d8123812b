// The add command: a web page saved from a browser in, a new article in the data folder out, and
// the list of country mentions that now need a claim or a not-claim.
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { countOf } from '../../src/content/plural.ts';
import { extractMentions } from '../extract/extract-article.ts';
import { addArticle } from './add-article.ts';
import { askReport, givenReports, reportList, type Ask, type ReportChoice } from './choose-report.ts';
import { readDataFolder } from './data-folder.ts';
import { draftArticle, type Draft } from './draft-article.ts';
import { mentionTodo } from './mention-todo.ts';
import { readPage } from './read-page.ts';

export interface AddIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Where relative paths start from. */
  cwd: string;
  /** How to ask which report the article covers; none when no one is at the keyboard. */
  ask?: Ask;
}

export const USAGE = 'usage: npm run add -- <saved page.html> [--report <report id>] [--url https://...] [--data <data folder>]';

function parse(args: readonly string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { report: { type: 'string', multiple: true }, url: { type: 'string' }, data: { type: 'string' } },
    });
    return positionals.length === 1 ? { page: positionals[0] ?? '', ...values } : null;
  } catch {
    return null;
  }
}

const grouped = (n: number) => n.toLocaleString('en');

function summary(draft: Draft, textLabel: string, sourcesLabel: string, reportsOn: readonly string[]): string[] {
  const { article, sources } = draft;
  const from = (source: string | null) => (source ? ` (${source})` : '');
  return [
    `  text        ${textLabel} (${countOf(draft.paragraphs, 'paragraph')}, ${grouped(draft.text.length)} characters)`,
    `  sha256      ${draft.sha256}`,
    `  publisher   ${article.publisher}${from(sources.publisher)}`,
    `  headline    ${article.headline ?? 'null'}${from(sources.headline)}`,
    `  url         ${article.url}${from(sources.url)}`,
    `  published   ${article.published ?? 'null'}${article.published ? ` (${article.publishedNote?.replace(/^the page's /u, '')})` : ''}`,
    `  reports on  ${reportsOn.join(', ')}`,
    `  listed in   ${sourcesLabel}`,
  ];
}

/** Runs the command and returns its exit code. Nothing is written unless every step succeeds. */
export async function runAdd(args: readonly string[], io: AddIo, defaultDataDir: string): Promise<number> {
  const fail = (message: string, code = 1) => {
    io.stderr(`add: ${message}\n`);
    return code;
  };
  const options = parse(args);
  if (!options || options.page === '') return fail(USAGE, 2);
  const at = (path: string) => (isAbsolute(path) ? path : resolve(io.cwd, path));
  const dataDir = options.data !== undefined ? at(options.data) : defaultDataDir;
  // Files are named from where the command was typed, unless that means climbing out of it.
  const label = (file: string) => {
    const path = join(dataDir, file);
    const shown = relative(io.cwd, path);
    return shown === '' || shown.startsWith('..') || isAbsolute(shown) ? path : shown;
  };

  const read = readDataFolder(dataDir, label('sources.json'));
  if (!read.ok) return fail(read.error);
  const { folder } = read;
  let reports: ReportChoice | null = null;
  if (options.report) {
    reports = givenReports(options.report, folder.reports, folder.sourcesLabel);
    if (!reports.ok) return fail(reports.error);
  }

  const pagePath = at(options.page);
  const page = readPage(pagePath, options.page);
  if (!page.ok) return fail(page.error);
  const drafted = draftArticle({ document: page.document, label: options.page, url: options.url, takenIds: new Set(folder.articles.map((a) => a.id)) });
  if (!drafted.ok) return fail(`${drafted.error}\nNothing was written.`);
  const { draft } = drafted;

  if (!reports) {
    if (!io.ask) return fail(`which report does the article cover? Pass --report <id>, one of:\n${reportList(folder.reports)}\nNothing was written.`);
    reports = await askReport(io.ask, folder.reports);
    if (!reports.ok) return fail(`${reports.error}; nothing was written.`);
  }

  const added = addArticle(folder, draft, reports.ids);
  if (!added.ok) return fail(`${added.error}\nNothing was written.`);
  const { entry } = added;
  const lines = [`Added "${entry.id}" from ${options.page}`, ...summary(draft, label(entry.file), folder.sourcesLabel, entry.reportsOn), ''];
  if (draft.notes.length > 0) lines.push(...draft.notes.map((n) => `Note: ${n}.`), '');

  const found = extractMentions(draft.text, { id: entry.id, body: entry.body, sourcesFile: folder.sourcesLabel });
  if (!found.ok) return fail(found.error);
  const claims = label('claims.json');
  const notClaims = label('not-claims.json');
  if (found.mentions.length === 0) {
    lines.push('The body names no country: there is nothing to claim.');
  } else {
    lines.push(`To do: ${countOf(found.mentions.length, 'country mention')} in the body.`, ...mentionTodo(found.mentions), '');
    lines.push(`Next: write a claim in ${claims} or a not-claim in ${notClaims} for each (the quote verbatim; "start": 0 will do, the build says where it sits).`);
  }
  lines.push(`Read ${label(entry.file)} against the page: if any furniture is left in it, mark the body with "after" and "before" in ${folder.sourcesLabel}.`);
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
