/**
 * How the options page lists the library: language variants of one scenario together, groups in the order
 * of the built-in scenario table (then the agent's own, by title), and inside a group by language, then
 * variant. With search hits, only matching groups, best hit first.
 */
import { BUILTIN_SCENARIOS, scenarioLabel } from '@/lib/templates/format/scenarios';
import { VARIANTS } from '@/lib/templates/format/vocabulary';
import type { Template, TemplateHit } from '@/lib/templates/types';

export interface TemplateGroup {
  scenario: string;
  label: string;
  templates: Template[];
}

const SCENARIO_ORDER = new Map(BUILTIN_SCENARIOS.map((scenario, index) => [scenario.id, index]));
const variantOrder = (variant: string | undefined) => {
  const index = (VARIANTS as readonly string[]).indexOf(variant ?? 'standard');
  return index === -1 ? VARIANTS.length : index;
};

/** An agent's own scenario ids are generated; their group is named after the first template's title. */
function groupLabel(scenario: string, templates: readonly Template[]): string {
  if (SCENARIO_ORDER.has(scenario)) return scenarioLabel(scenario);
  return templates[0]?.title ?? scenarioLabel(scenario);
}

export function groupTemplates(
  templates: readonly Template[],
  options: { language?: string; hits?: readonly TemplateHit[] } = {},
): TemplateGroup[] {
  const rank = options.hits ? new Map(options.hits.map((hit, index) => [hit.template.id, index])) : undefined;
  const byScenario = new Map<string, Template[]>();
  for (const template of templates) {
    if (options.language && template.language !== options.language) continue;
    if (rank && !rank.has(template.id)) continue;
    const group = byScenario.get(template.scenario) ?? [];
    group.push(template);
    byScenario.set(template.scenario, group);
  }
  const groups = [...byScenario].map(([scenario, members]) => ({
    scenario,
    label: groupLabel(scenario, members),
    templates: members.sort(
      (a, b) =>
        a.language.localeCompare(b.language) ||
        variantOrder(a.variant) - variantOrder(b.variant) ||
        a.title.localeCompare(b.title),
    ),
  }));
  const bestHit = (group: TemplateGroup) =>
    Math.min(...group.templates.map((t) => rank?.get(t.id) ?? Infinity));
  const order = (group: TemplateGroup) => SCENARIO_ORDER.get(group.scenario) ?? BUILTIN_SCENARIOS.length;
  return groups.sort((a, b) =>
    rank ? bestHit(a) - bestHit(b) : order(a) - order(b) || a.label.localeCompare(b.label),
  );
}
