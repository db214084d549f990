/**
 * Quoted history in mails that came in as plain text: no <blockquote> to leave out, only "> " lines under an
 * attribution line ("On Mon, … wrote:", "Le … a écrit :"). They repeat the agent's words under the customer's
 * and would sway the tone, the language and the suggestions.
 */

/** "On … wrote:" in the 8 languages, as mail clients write it above a quote. */
const attribution = new RegExp(
  '^(?:on\\s.*\\swrote|le\\s.*\\sa écrit|am\\s.*\\sschrieb.*|el\\s.*\\sescribió|em\\s.*\\sescreveu|.*\\sпишет|' +
    '.*\\sírta|.*\\sكتب)\\s*[:：]?$',
  'iu',
);

const isQuoted = (line: string) => line.trimStart().startsWith('>');

/**
 * `text` without a quote block that runs to its end (and the attribution line above it). A reply written
 * between quoted lines is kept whole: there the quotes are part of what the customer answers.
 */
export function withoutPlainQuotes(text: string): string {
  const lines = text.split('\n');
  const first = lines.findIndex(isQuoted);
  if (first < 0 || !lines.slice(first).every((line) => isQuoted(line) || line.trim() === '')) return text;
  let cut = first;
  while (cut > 0 && (lines[cut - 1] ?? '').trim() === '') cut -= 1;
  if (cut > 0 && attribution.test((lines[cut - 1] ?? '').trim())) cut -= 1;
  return lines.slice(0, cut).join('\n').trim() || text;
}
