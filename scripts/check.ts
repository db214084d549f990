/**
 * The reply-checker CLI (a contract: keep the output stable).
 *   npm run --silent check -- --jsonl FILE     ("-" reads stdin)
 * Each input line `{"text", "lang", "tone", "customer": {"name"}}` (the agent's draft, its language, the
 * customer's tone) gets one output line, in order: `{"findings": [{"rule", "start", "end", "message", "fix"}]}`
 * with `rule` one of greeting-name, apology, ownership, next-step, blame, closing and UTF-16 offsets into
 * `text`. A missing "lang" is detected from the draft; a missing "tone" counts as neutral. A bad line gets
 * `{"line", "error"}` instead. Options: --now ISO-DATE fixes the day named in next-step fixes; --verbose adds
 * the kind of each blame finding.
 */
import { checkReply } from '../lib/templates/checker';
import { detectLanguage } from '../lib/tone';
import { answerJsonl, nameOf, option, type Row } from './jsonl-rows';

const args = process.argv.slice(2);
const file = option(args, '--jsonl');
if (!file) {
  process.stderr.write('usage: check --jsonl FILE [--now ISO-DATE] [--verbose]\n');
  process.exit(2);
}
const nowOption = option(args, '--now');
const now = nowOption ? Date.parse(nowOption) : Date.now();
const isVerbose = args.includes('--verbose');

function answer(row: Row) {
  if (typeof row.text !== 'string') throw new Error('no string "text" field');
  const lang = typeof row.lang === 'string' && row.lang ? row.lang : detectLanguage(row.text).lang;
  const tone = typeof row.tone === 'string' ? row.tone : 'neutral';
  const name = nameOf(row, 'customer');
  const findings = checkReply(row.text, {
    lang,
    tone,
    now: Number.isFinite(now) ? now : Date.now(),
    ...(name !== undefined && { customer: { name } }),
  });
  return {
    findings: findings.map(({ rule, start, end, message, fix, kind }) => ({
      rule,
      start,
      end,
      message,
      fix,
      ...(isVerbose && kind && { kind }),
    })),
  };
}

await answerJsonl(file, answer);
