/**
 * The suggest CLI (a contract: keep the output stable).
 *   npm run --silent suggest -- --jsonl FILE     ("-" reads stdin)
 * Each input line `{"text", "customer": {"name"}, "agent": {"name"}}` gets one output line, in order:
 * `{"lang", "tone", "suggestions": [{"templateId", "scenario", "language", "text"}]}` from the built-in
 * library and the tone engine. A bad line gets `{"line", "error"}` instead.
 * Options: --templates DIR ranks a team's own library (same file format) instead of the built-in one;
 * --agent-lang xx is the fallback language (default en); --limit N (default 3); --now ISO-DATE fixes "now"
 * for the promised follow-up day; --verbose adds each suggestion's reason and score.
 */
import { compileBuiltinLibrary, compileTemplateDir } from '../lib/templates/compile/read-template-dir';
import { formatProblem } from '../lib/templates/format/problems';
import { TemplateLibrary } from '../lib/templates/library';
import { suggest } from '../lib/templates/rank';
import { detectTone } from '../lib/tone';
import { answerJsonl, nameOf, option, type Row } from './jsonl-rows';

const USAGE =
  'usage: suggest --jsonl FILE [--templates DIR] [--agent-lang xx] [--limit N] [--now ISO-DATE] [--verbose]';

const args = process.argv.slice(2);
const file = option(args, '--jsonl');
if (!file) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}

const templatesDir = option(args, '--templates');
const compiled = templatesDir
  ? compileTemplateDir(templatesDir, { packId: 'local' })
  : compileBuiltinLibrary();
for (const problem of compiled.problems.filter((entry) => entry.severity === 'error')) {
  process.stderr.write(`${formatProblem(problem)}\n`);
}
const library = new TemplateLibrary(
  compiled.templates.map((draft) => ({ ...draft, createdAt: 0, updatedAt: 0, usageCount: 0 })),
);
const agentLanguage = option(args, '--agent-lang') ?? 'en';
const limit = Number(option(args, '--limit') ?? 3);
const nowOption = option(args, '--now');
const now = nowOption ? Date.parse(nowOption) : Date.now();
const isVerbose = args.includes('--verbose');

function answer(row: Row) {
  if (typeof row.text !== 'string') throw new Error('no string "text" field');
  const tone = detectTone(row.text);
  const customerName = nameOf(row, 'customer');
  const agentName = nameOf(row, 'agent');
  const context = {
    now: Number.isFinite(now) ? now : Date.now(),
    ...(customerName !== undefined && { customer: { name: customerName } }),
    ...(agentName !== undefined && { agent: { name: agentName } }),
  };
  const suggestions = suggest(row.text, tone, context, library, { agentLanguage, limit });
  return {
    lang: tone.lang,
    tone: tone.tone,
    suggestions: suggestions.map(({ templateId, scenario, language, text, reason, score }) => ({
      templateId,
      scenario,
      language,
      text,
      ...(isVerbose && { reason, score }),
    })),
  };
}

await answerJsonl(file, answer);
