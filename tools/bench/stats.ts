// Summaries of repeated measurements: the median, with the range it came from.

export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function spread(values: readonly number[]): Spread {
  if (values.length === 0) throw new Error('No measurements to summarise.');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted[sorted.length - 1] as number, runs: sorted.length };
}

/** a ÷ b, or null when b is zero (a ratio to nothing says nothing). */
export function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

/** b − a, measurement by measurement (the same run), summarised: drift that touches both cancels out. */
export function pairedDifference(a: readonly number[], b: readonly number[]): Spread {
  if (a.length !== b.length) throw new Error(`Cannot pair ${a.length} measurements with ${b.length}.`);
  return spread(a.map((x, i) => (b[i] as number) - x));
}
