/**
 * The built-in scenarios (docs/template-format.md, "Scenarios"). The compiler checks every built-in file
 * against this table; team packs may add their own scenario ids.
 */
export interface ScenarioInfo {
  id: string;
  /** ASCII shortcut, the same in every language of the scenario. */
  shortcut: string;
  /** English label for the agent-facing reason text and the options page. */
  label: string;
}

export const BUILTIN_SCENARIOS: readonly ScenarioInfo[] = [
  { id: 'late-delivery', shortcut: 'late', label: 'late delivery' },
  { id: 'damaged-item', shortcut: 'damaged', label: 'damaged item' },
  { id: 'wrong-item', shortcut: 'wrong', label: 'wrong item' },
  { id: 'missing-item', shortcut: 'missing', label: 'missing item' },
  { id: 'lost-package', shortcut: 'lost', label: 'lost package' },
  { id: 'double-charge', shortcut: 'double', label: 'double charge' },
  { id: 'refund-delay', shortcut: 'refund', label: 'refund delay' },
  { id: 'unexpected-charge', shortcut: 'charge', label: 'unexpected charge' },
  { id: 'billing-confusion', shortcut: 'billing', label: 'billing confusion' },
  { id: 'promo-not-applied', shortcut: 'promo', label: 'promo not applied' },
  { id: 'outage', shortcut: 'outage', label: 'outage' },
  { id: 'data-loss', shortcut: 'dataloss', label: 'data loss' },
  { id: 'bug-report', shortcut: 'bug', label: 'bug report' },
  { id: 'slow-service', shortcut: 'slow', label: 'slow service' },
  { id: 'rude-staff', shortcut: 'rude', label: 'rude staff' },
  { id: 'late-staff', shortcut: 'latestaff', label: 'late staff' },
  { id: 'missed-appointment', shortcut: 'noshow', label: 'missed appointment' },
  { id: 'long-wait', shortcut: 'wait', label: 'long wait' },
  { id: 'repeat-contact', shortcut: 'again', label: 'repeat contact' },
  { id: 'account-locked', shortcut: 'locked', label: 'account locked' },
  { id: 'account-hacked', shortcut: 'hacked', label: 'account hacked' },
  { id: 'cancellation-request', shortcut: 'cancel', label: 'cancellation request' },
  { id: 'not-as-described', shortcut: 'described', label: 'not as described' },
  { id: 'defective-product', shortcut: 'defect', label: 'defective product' },
  { id: 'return-problem', shortcut: 'return', label: 'return problem' },
  { id: 'order-cancelled', shortcut: 'cancelled', label: 'order cancelled' },
  { id: 'out-of-stock', shortcut: 'stock', label: 'out of stock' },
  { id: 'wrong-address', shortcut: 'address', label: 'wrong address' },
  { id: 'privacy-concern', shortcut: 'privacy', label: 'privacy concern' },
  { id: 'broken-promise', shortcut: 'promise', label: 'broken promise' },
  { id: 'installation-problem', shortcut: 'setup', label: 'installation problem' },
  { id: 'praise-thanks', shortcut: 'thanks', label: 'thanks for praise' },
  { id: 'how-to', shortcut: 'howto', label: 'how-to' },
  { id: 'general-complaint', shortcut: 'sorry', label: 'general complaint' },
];

/** The eight languages the built-in library is written in. */
export const BUILTIN_LANGUAGES = ['en', 'es', 'pt', 'fr', 'de', 'ru', 'ar', 'hu'] as const;

const byId = new Map(BUILTIN_SCENARIOS.map((scenario) => [scenario.id, scenario]));

export function builtinScenario(id: string): ScenarioInfo | undefined {
  return byId.get(id);
}

/** "late-delivery" → "late delivery" for scenarios outside the table (team packs, the agent's own). */
export function scenarioLabel(id: string): string {
  return byId.get(id)?.label ?? id.replace(/[-_]+/g, ' ').trim();
}

/** Scenarios that are not service failures: no apology expected, and never suggested for an angry message. */
export const PRAISE_SCENARIO = 'praise-thanks';
export const HOW_TO_SCENARIO = 'how-to';
export const GENERAL_SCENARIO = 'general-complaint';
