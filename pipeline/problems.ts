import type { Problem } from '../src/content/curation.ts';
import { countOf } from '../src/content/plural.ts';

export type { Problem };

export function formatProblem(p: Problem): string {
  const where = [p.file, p.id === undefined ? null : `id "${p.id}"`, p.field === undefined ? null : `field "${p.field}"`];
  return `${where.filter(Boolean).join(', ')}: ${p.message}`;
}

/** Every problem, one line each: for a command that stops on them without building anything. */
export function problemLines(problems: readonly Problem[]): string {
  return problems.map(formatProblem).join('\n');
}

export function formatProblems(problems: readonly Problem[]): string {
  const head = `The atlas data has ${countOf(problems.length, 'problem')}; nothing was built.`;
  return [head, ...problems.map((p) => `  - ${formatProblem(p)}`)].join('\n');
}

export class DataError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = 'DataError';
    this.problems = problems;
  }
}
