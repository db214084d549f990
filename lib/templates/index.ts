/**
 * The template library's pure logic: importable in Node (CLIs, tests) and in any extension context. The
 * Dexie-backed parts live in store.ts / seed.ts, the background handlers in browser.ts, and the Node-only
 * file reader in compile/; none of those are re-exported here.
 *
 * For the panel: `checkReply` (the live reply checker) and `renderTemplate` are small and synchronous;
 * importing them does not pull in the YAML parser or fuse.js.
 */
export type * from './types';
export { renderTemplate, formatDate, type RenderedReply } from './render';
export { firstNameOf, politeCase } from './render/first-name';
export { escapeHtml, sanitizeReplyHtml, textToHtml } from './render/html';
export { suggest, renderSuggestion, primaryLanguage, type SuggestOptions } from './rank';
export { preferredVariant } from './rank/tone-fit';
export { nextWorkingDay } from './rank/follow-up';
export { TemplateLibrary, isUsableTemplate } from './library';
export { SearchIndex } from './search';
export { checkReply, CHECK_RULES, type CheckFinding, type CheckOptions, type CheckRule } from './checker';
export { BLAME_KINDS, type BlameKind } from './checker/cues/types';
export {
  parseTemplateFile,
  MAX_FILE_CHARS,
  type ParsedTemplateFile,
  type TemplateFile,
} from './format/parse-template-file';
export {
  compileTemplateFiles,
  draftsFromFile,
  type CompileOptions,
  type CompiledLibrary,
  type TemplateSourceFile,
} from './format/compile-library';
export { formatProblem, hasErrors, type TemplateProblem } from './format/problems';
export { scanPlaceholders, type Placeholder, type BodyPart } from './format/placeholders';
export { contentHash } from './format/content-hash';
export {
  BUILTIN_SCENARIOS,
  BUILTIN_LANGUAGES,
  builtinScenario,
  scenarioLabel,
  type ScenarioInfo,
} from './format/scenarios';
export {
  VARIANTS,
  PLACEHOLDER_PATHS,
  PLACEHOLDER_FORMATS,
  isVariant,
  type Variant,
  type PlaceholderPath,
  type PlaceholderFormat,
} from './format/vocabulary';
