/**
 * `npm run --silent templates:validate -- [DIR] [--pack ID]`: checks a folder of template files the way the
 * build (built-in library, the default) or a pack install does, and prints every problem as
 * `file:line: error|warning: message`. Exits 1 when there is an error. For content writers and team leads.
 */
import { compileBuiltinLibrary, compileTemplateDir } from '../lib/templates/compile/read-template-dir';
import { formatProblem, hasErrors } from '../lib/templates/format/problems';
import { option } from './jsonl-rows';

const args = process.argv.slice(2);
const dir = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--pack');
const packId = option(args, '--pack') ?? 'local';
const { templates, problems } = dir ? compileTemplateDir(dir, { packId }) : compileBuiltinLibrary();

for (const problem of problems) process.stdout.write(`${formatProblem(problem)}\n`);
const errors = problems.filter((problem) => problem.severity === 'error').length;
process.stdout.write(
  `${templates.length} templates from ${dir ?? 'the built-in library'}; ${errors} errors, ${problems.length - errors} warnings\n`,
);
process.exitCode = hasErrors(problems) ? 1 : 0;
