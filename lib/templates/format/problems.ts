/** What the template compiler reports: every problem names its file and line, so a writer can fix it. */
export interface TemplateProblem {
  /** The file as given to the compiler, e.g. 'es/late-delivery.md' or a pack's file name. */
  file: string;
  /** 1-based line in that file; 0 when the problem is about the file or library as a whole. */
  line: number;
  severity: 'error' | 'warning';
  message: string;
}

/** "es/late-delivery.md:14: error: unknown placeholder {{order.number}}" */
export function formatProblem(problem: TemplateProblem): string {
  const where = problem.line > 0 ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}: ${problem.severity}: ${problem.message}`;
}

export function hasErrors(problems: readonly TemplateProblem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
