/**
 * The agent's template library in memory: every template by id, the search index and, per language, the
 * scenario keyword matcher the ranking uses. The background keeps one and updates it template by template;
 * the CLIs build one from the built-in files. Everything derived is updated or invalidated incrementally.
 */
import { ScenarioMatcher, type KeywordSource } from './rank/scenario-match';
import { ScenarioSimilarity } from './rank/scenario-similarity';
import { SearchIndex } from './search';
import type { Template } from './types';

/** Title and tags of an agent's own template stand in for keywords, at a discount. */
const TITLE_KEYWORD_WEIGHT = 0.6;

export class TemplateLibrary {
  private readonly byId = new Map<string, Template>();
  private readonly byLanguage = new Map<string, Map<string, Template>>();
  private readonly matchers = new Map<string, ScenarioMatcher>();
  private readonly similarities = new Map<string, ScenarioSimilarity>();
  readonly search: SearchIndex;

  constructor(templates: Iterable<Template> = []) {
    const list = [...templates].filter(isUsableTemplate);
    for (const template of list) this.store(template);
    this.search = new SearchIndex(this.byId.values());
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): Template | undefined {
    return this.byId.get(id);
  }

  all(): Template[] {
    return [...this.byId.values()];
  }

  inLanguage(language: string): Template[] {
    return [...(this.byLanguage.get(language)?.values() ?? [])];
  }

  hasLanguage(language: string): boolean {
    return (this.byLanguage.get(language)?.size ?? 0) > 0;
  }

  /** Languages by number of templates, most first. */
  languages(): string[] {
    return [...this.byLanguage.entries()]
      .filter(([, templates]) => templates.size > 0)
      .sort((a, b) => b[1].size - a[1].size)
      .map(([language]) => language);
  }

  upsert(template: Template): void {
    if (!isUsableTemplate(template)) return;
    const previous = this.byId.get(template.id);
    if (previous) this.unstore(previous);
    this.store(template);
    this.search.update(template);
  }

  remove(id: string): boolean {
    const previous = this.byId.get(id);
    if (!previous) return false;
    this.unstore(previous);
    this.search.remove(id);
    return true;
  }

  /** The template an inline shortcut names: in `language` first, then `fallbackLanguage`, then any. */
  findByShortcut(shortcut: string, language?: string, fallbackLanguage?: string): Template | undefined {
    const wanted = shortcut.trim().toLowerCase();
    if (!wanted) return undefined;
    const candidates = this.all().filter((template) => template.shortcut?.toLowerCase() === wanted);
    const rank = (template: Template) =>
      template.language === language
        ? 0
        : template.language === fallbackLanguage
          ? 1
          : template.language === 'en'
            ? 2
            : 3;
    return candidates.sort((a, b) => rank(a) - rank(b) || b.usageCount - a.usageCount)[0];
  }

  /** The scenario keyword matcher for one language, built on first use after a change in that language. */
  matcher(language: string): ScenarioMatcher {
    let matcher = this.matchers.get(language);
    if (!matcher) {
      matcher = new ScenarioMatcher(keywordSources(this.inLanguage(language)), language);
      this.matchers.set(language, matcher);
    }
    return matcher;
  }

  /** How much a message reads like each scenario's replies in one language, built on first use after a change. */
  similarity(language: string): ScenarioSimilarity {
    let similarity = this.similarities.get(language);
    if (!similarity) {
      similarity = new ScenarioSimilarity(this.inLanguage(language), language);
      this.similarities.set(language, similarity);
    }
    return similarity;
  }

  private store(template: Template): void {
    this.byId.set(template.id, template);
    const inLanguage = this.byLanguage.get(template.language) ?? new Map<string, Template>();
    inLanguage.set(template.id, template);
    this.byLanguage.set(template.language, inLanguage);
    this.matchers.delete(template.language);
    this.similarities.delete(template.language);
  }

  private unstore(template: Template): void {
    this.byId.delete(template.id);
    this.byLanguage.get(template.language)?.delete(template.id);
    this.matchers.delete(template.language);
    this.similarities.delete(template.language);
  }
}

/** Stored data can be anything (an old version, a hand-edited pack): only well-formed templates are used. */
export function isUsableTemplate(value: unknown): value is Template {
  if (typeof value !== 'object' || value === null) return false;
  const template = value as Partial<Template>;
  return (
    typeof template.id === 'string' &&
    typeof template.body === 'string' &&
    typeof template.language === 'string' &&
    typeof template.title === 'string' &&
    typeof template.scenario === 'string' &&
    Array.isArray(template.toneTargets) &&
    Array.isArray(template.tags) &&
    typeof template.usageCount === 'number'
  );
}

function keywordSources(templates: readonly Template[]): KeywordSource[] {
  const sources = new Map<string, KeywordSource>();
  for (const template of templates) {
    if (template.keywords?.length) {
      const existing = sources.get(template.scenario);
      const keywords = new Set([...(existing?.weight === 1 ? existing.keywords : []), ...template.keywords]);
      sources.set(template.scenario, { scenario: template.scenario, keywords: [...keywords], weight: 1 });
    } else if (!sources.has(template.scenario) || sources.get(template.scenario)?.weight !== 1) {
      // An agent's template without keywords: the longer words of its title, and its tags, say what it is for.
      const existing = sources.get(template.scenario);
      const titleWords = template.title.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 4);
      const keywords = [...(existing?.keywords ?? []), ...titleWords, ...template.tags];
      sources.set(template.scenario, { scenario: template.scenario, keywords, weight: TITLE_KEYWORD_WEIGHT });
    }
  }
  return [...sources.values()];
}
