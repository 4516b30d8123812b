import { formatProblem, type Problem } from '../src/content/curation.ts';
import { countOf } from '../src/content/plural.ts';

export { formatProblem, type Problem };

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
