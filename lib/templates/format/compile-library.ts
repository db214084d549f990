/**
 * Compiles a set of template files (the built-in library, or a team pack) into template drafts, with the
 * checks that span files: one file per scenario and language, the same shortcut in every language of a
 * scenario, no shortcut shared by two scenarios. For the built-in library it also checks the file layout
 * (`<language>/<scenario>.md`), the scenario table and that every scenario exists in every language.
 */
import type { TemplateDraft } from '../types';
import { contentHash } from './content-hash';
import { parseTemplateFile, type TemplateFile } from './parse-template-file';
import type { TemplateProblem } from './problems';
import { BUILTIN_LANGUAGES, BUILTIN_SCENARIOS, builtinScenario } from './scenarios';

export interface TemplateSourceFile {
  /** Path relative to the library root, e.g. 'es/late-delivery.md'. */
  path: string;
  source: string;
}

export interface CompileOptions {
  /** Prefix of template ids and the stored `packId`: 'builtin' or the pack's id. */
  packId: string;
  packVersion?: string;
  /** Apply the built-in library's layout, scenario table and coverage checks. */
  isBuiltin?: boolean;
}

export interface CompiledLibrary {
  templates: TemplateDraft[];
  problems: TemplateProblem[];
}

/** `builtin.late-delivery.deescalate.es`; the shortcut is `late` for standard, `late-deescalate` otherwise. */
export function draftsFromFile(file: TemplateFile, options: CompileOptions): TemplateDraft[] {
  return file.variants.map((section) => {
    const draft: TemplateDraft = {
      id: `${options.packId}.${file.scenario}.${section.variant}.${file.language}`,
      title: section.title ?? file.title,
      shortcut: section.variant === 'standard' ? file.shortcut : `${file.shortcut}-${section.variant}`,
      body: section.body,
      language: file.language,
      scenario: file.scenario,
      toneTargets: section.tones,
      tags: file.tags ?? [],
      packId: options.packId,
      ...(options.packVersion !== undefined && { packVersion: options.packVersion }),
      variant: section.variant,
      keywords: file.keywords,
    };
    draft.sourceHash = contentHash(draft);
    return draft;
  });
}

function checkBuiltinFile(path: string, file: TemplateFile): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const error = (line: number, message: string) =>
    problems.push({ file: path, line, severity: 'error', message });
  const expected = `${file.language}/${file.scenario}.md`;
  if (path !== expected)
    error(
      1,
      `a file with language "${file.language}" and scenario "${file.scenario}" belongs at ${expected}`,
    );
  if (!(BUILTIN_LANGUAGES as readonly string[]).includes(file.language)) {
    error(
      1,
      `language "${file.language}" is not one of the built-in languages (${BUILTIN_LANGUAGES.join(', ')})`,
    );
  }
  const scenario = builtinScenario(file.scenario);
  if (!scenario)
    error(1, `scenario "${file.scenario}" is not in the scenario table (docs/template-format.md)`);
  else if (scenario.shortcut !== file.shortcut) {
    error(1, `the shortcut of "${file.scenario}" is "${scenario.shortcut}", not "${file.shortcut}"`);
  }
  return problems;
}

function checkAcrossFiles(files: readonly TemplateFile[]): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const byKey = new Map<string, TemplateFile>();
  const shortcutOfScenario = new Map<string, TemplateFile>();
  const scenarioOfShortcut = new Map<string, TemplateFile>();
  for (const file of files) {
    const error = (message: string) =>
      problems.push({ file: file.file, line: 1, severity: 'error', message });
    const key = `${file.scenario}/${file.language}`;
    const twin = byKey.get(key);
    if (twin) error(`scenario "${file.scenario}" in "${file.language}" is already defined in ${twin.file}`);
    byKey.set(key, file);

    const sibling = shortcutOfScenario.get(file.scenario);
    if (sibling && sibling.shortcut !== file.shortcut) {
      error(
        `shortcut "${file.shortcut}" differs from "${sibling.shortcut}" in ${sibling.file}; use one per scenario`,
      );
    }
    shortcutOfScenario.set(file.scenario, sibling ?? file);

    const owner = scenarioOfShortcut.get(file.shortcut);
    if (owner && owner.scenario !== file.scenario) {
      error(`shortcut "${file.shortcut}" is already used by scenario "${owner.scenario}" (${owner.file})`);
    }
    scenarioOfShortcut.set(file.shortcut, owner ?? file);
  }
  return problems;
}

function missingBuiltinFiles(files: readonly TemplateFile[]): TemplateProblem[] {
  const present = new Set(files.map((file) => `${file.language}/${file.scenario}.md`));
  const problems: TemplateProblem[] = [];
  for (const language of BUILTIN_LANGUAGES) {
    for (const { id } of BUILTIN_SCENARIOS) {
      const path = `${language}/${id}.md`;
      if (!present.has(path)) {
        problems.push({
          file: path,
          line: 0,
          severity: 'error',
          message: 'missing or invalid: every scenario needs a file in every language',
        });
      }
    }
  }
  return problems;
}

export function compileTemplateFiles(
  sources: readonly TemplateSourceFile[],
  options: CompileOptions,
): CompiledLibrary {
  const problems: TemplateProblem[] = [];
  const files: TemplateFile[] = [];
  for (const { path, source } of sources) {
    const parsed = parseTemplateFile(source, path);
    problems.push(...parsed.problems);
    if (!parsed.template) continue;
    const layoutProblems = options.isBuiltin ? checkBuiltinFile(path, parsed.template) : [];
    problems.push(...layoutProblems);
    if (layoutProblems.length === 0) files.push(parsed.template);
  }
  const crossProblems = checkAcrossFiles(files);
  problems.push(...crossProblems);
  if (options.isBuiltin) problems.push(...missingBuiltinFiles(files));

  // A file that clashes with another is left out rather than half-applied; the other one stays.
  const rejected = new Set(crossProblems.map((problem) => problem.file));
  const templates = files
    .filter((file) => !rejected.has(file.file))
    .flatMap((file) => draftsFromFile(file, options));
  return { templates, problems };
}
