/**
 * Reads the variant sections after the front matter: `# <variant>`, then `key: value` settings (`tones:`,
 * optionally `title:`), a blank line, and the body up to the next `# ` line.
 */
import type { Tone } from '../../tone/types';
import type { TemplateProblem } from './problems';
import { VARIANTS, isTone, isVariant, type Variant } from './vocabulary';

export interface VariantSection {
  variant: Variant;
  tones: Tone[];
  /** Overrides the file's title for this variant. */
  title?: string;
  body: string;
  /** 1-based line of the `# variant` heading and of the body's first line. */
  headingLine: number;
  bodyLine: number;
}

const HEADING = /^#(?:\s+(.*?))?\s*$/;
const KNOWN_SETTINGS = ['tones', 'title'] as const;
/** A settings line: a known key, or any lowercase `key: value` right under the heading (then it's a typo). */
const SETTING = /^([A-Za-z][\w-]*)\s*:\s*(.*?)\s*$/;

const isBlank = (line: string | undefined) => line === undefined || line.trim() === '';
const headingOf = (line: string | undefined) => (line === undefined ? undefined : HEADING.exec(line));

interface Settings {
  tones?: Tone[];
  title?: string;
}

function readSetting(
  key: string,
  value: string,
  settings: Settings,
  report: (message: string) => void,
): void {
  if (key === 'tones') {
    const tones = value
      .split(',')
      .map((tone) => tone.trim().toLowerCase())
      .filter(Boolean);
    const unknown = tones.filter((tone) => !isTone(tone));
    if (tones.length === 0) report('"tones:" lists no tone');
    if (unknown.length > 0) {
      report(
        `unknown tone "${unknown.join('", "')}" (known: angry, frustrated, anxious, confused, neutral, positive)`,
      );
    }
    settings.tones = [...new Set(tones.filter(isTone))];
  } else if (key === 'title') {
    if (!value) report('"title:" is empty');
    else settings.title = value.slice(0, 120);
  } else {
    report(`unknown variant setting "${key}" (known: ${KNOWN_SETTINGS.join(', ')})`);
  }
}

export function readVariants(
  lines: readonly string[],
  start: number,
  file: string,
): { variants: VariantSection[]; problems: TemplateProblem[] } {
  const problems: TemplateProblem[] = [];
  const variants: VariantSection[] = [];
  const error = (index: number, message: string) =>
    problems.push({ file, line: index + 1, severity: 'error', message });

  let index = start;
  let reportedStray = false;
  while (index < lines.length && !headingOf(lines[index])) {
    if (!isBlank(lines[index]) && !reportedStray) {
      error(index, 'text before the first variant heading: start each variant with a line "# standard"');
      reportedStray = true;
    }
    index++;
  }

  const seen = new Set<string>();
  while (index < lines.length) {
    const headingIndex = index;
    const id = (headingOf(lines[index])?.[1] ?? '').trim();
    index++;
    // The format doc puts a blank line between the heading and its settings; tolerate none or several.
    while (index < lines.length && isBlank(lines[index])) index++;

    const settings: Settings = {};
    let settingCount = 0;
    while (index < lines.length && !isBlank(lines[index]) && !headingOf(lines[index])) {
      const match = SETTING.exec(lines[index] ?? '');
      const key = match?.[1] ?? '';
      const value = match?.[2] ?? '';
      // A lowercase "key: value" right under the heading is a mistyped setting, not the body's first line.
      const isKnown = (KNOWN_SETTINGS as readonly string[]).includes(key);
      const isSetting = match && (isKnown || (settingCount === 0 && /^[a-z-]+$/.test(key) && value !== ''));
      if (!isSetting) {
        if (settingCount > 0)
          error(index, 'add a blank line between the variant\'s settings ("tones: …") and its body');
        break;
      }
      readSetting(key, value, settings, (message) => error(index, message));
      settingCount++;
      index++;
    }

    const bodyStart = index;
    while (index < lines.length && !headingOf(lines[index])) index++;
    const bodyLines = lines.slice(bodyStart, index);
    const leading = bodyLines.findIndex((line) => !isBlank(line));
    const trailing = bodyLines.length - [...bodyLines].reverse().findIndex((line) => !isBlank(line));
    const body =
      leading === -1
        ? ''
        : bodyLines
            .slice(leading, trailing)
            .map((line) => line.trimEnd())
            .join('\n');

    if (!id) error(headingIndex, `a variant heading needs a name: "# ${VARIANTS.join('", "# ')}"`);
    else if (!isVariant(id)) error(headingIndex, `unknown variant "${id}" (known: ${VARIANTS.join(', ')})`);
    else if (seen.has(id)) error(headingIndex, `variant "${id}" appears twice`);
    if (!settings.tones)
      error(headingIndex, `variant "${id}" needs a "tones:" line, e.g. "tones: frustrated, neutral"`);
    if (!body) error(headingIndex, `variant "${id}" has no body`);

    if (id && isVariant(id) && !seen.has(id) && body) {
      variants.push({
        variant: id,
        tones: settings.tones ?? [],
        ...(settings.title !== undefined && { title: settings.title }),
        body,
        headingLine: headingIndex + 1,
        bodyLine: bodyStart + Math.max(leading, 0) + 1,
      });
    }
    seen.add(id);
  }
  return { variants, problems };
}
