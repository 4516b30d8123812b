// The one way the atlas makes a word agree with a number. English has one form for exactly one
// and another for every other count (as Intl.PluralRules('en') has it); written out, it costs
// nothing on the first frame, where starting Intl would.

/** The form that agrees with `n`: pluralise(1, 'names', 'name') is "names", pluralise(3, 'article') "articles". */
export function pluralise(n: number, one: string, other = `${one}s`): string {
  return n === 1 ? one : other;
}

/** `n` with its noun: "1 article", "3 articles", "2 countries". */
export function countOf(n: number, one: string, other = `${one}s`): string {
  return `${n} ${pluralise(n, one, other)}`;
}
