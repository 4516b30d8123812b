// Which report a new article covers: given on the command line, or chosen from a numbered list.
import type { RawReport } from '../schema.ts';

/** Asks the user a question; null when they give no answer (end of input, Ctrl-C). */
export type Ask = (question: string) => Promise<string | null>;

export type ReportChoice = { ok: true; ids: string[] } | { ok: false; error: string };

/** The reports, one a line: number, id, title, publisher and date. */
export function reportList(reports: readonly RawReport[]): string {
  return reports.map((r, i) => `  ${i + 1}. ${r.id}  ${r.title} (${r.publisher}, ${r.published})`).join('\n');
}

/** The ids given with --report, each checked against sources.json's reports. */
export function givenReports(given: readonly string[], reports: readonly RawReport[], sourcesLabel: string): ReportChoice {
  const known = new Set(reports.map((r) => r.id));
  const ids = given.flatMap((g) => g.split(',')).map((g) => g.trim()).filter(Boolean);
  const unknown = ids.filter((id) => !known.has(id));
  if (ids.length === 0 || unknown.length > 0) {
    const what = ids.length === 0 ? '--report needs a report id' : `${unknown.map((u) => `"${u}"`).join(', ')} is not a report in ${sourcesLabel}`;
    return { ok: false, error: `${what}. The reports are:\n${reportList(reports)}` };
  }
  return { ok: true, ids: [...new Set(ids)] };
}

/** Asks until the answer is a report's number or id. */
export async function askReport(ask: Ask, reports: readonly RawReport[]): Promise<ReportChoice> {
  let question = `Which report does this article cover?\n${reportList(reports)}\nNumber or id: `;
  for (;;) {
    const answer = (await ask(question))?.trim();
    if (!answer) return { ok: false, error: 'no report was chosen' };
    const byNumber = /^\d+$/u.test(answer) ? reports[Number(answer) - 1] : undefined;
    const report = byNumber ?? reports.find((r) => r.id === answer);
    if (report) return { ok: true, ids: [report.id] };
    question = `"${answer}" is not one of them. Number or id: `;
  }
}
