// The country mentions of a new article as a to-do list: each one needs a claim or a not-claim.
import { countryRecords } from '../countries/country-records.ts';
import type { Mention } from '../extract/types.ts';

let names: Map<string, string> | undefined;
const countryName = (code: string) => (names ??= new Map(countryRecords().map((r) => [r.iso3, r.name]))).get(code) ?? code;

/** One line per mention: `[ ] KEN Kenya  "Kenyan"  at 1234  — <the sentence>`. */
export function mentionTodo(mentions: readonly Mention[]): string[] {
  return mentions.map((m) => `[ ] ${m.country} ${countryName(m.country)}  ${JSON.stringify(m.text)}  at ${m.start}  — ${m.sentence}`);
}
