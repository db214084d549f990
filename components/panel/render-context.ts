/**
 * The values templates are filled from: what the site adapter read (customer, ticket, order), the agent's own
 * name from the settings, the follow-up the reminders suggest, and whatever the agent typed into the
 * placeholder form. Values from the page are only ever inserted as text (lib/templates renders them so).
 */
import type { PlaceholderPath } from '@/lib/templates/format/vocabulary';
import type { RenderContext } from '@/lib/templates/types';
import type { PanelPage } from './types';

/** What the agent typed for missing placeholders, by placeholder path. */
export type FilledValues = Partial<Record<PlaceholderPath, string>>;

export interface ContextInputs {
  page: PanelPage;
  agentName?: string;
  followUpDate?: number;
  timeZone?: string;
}

export function renderContextFor({ page, agentName, followUpDate, timeZone }: ContextInputs): RenderContext {
  const { name, email } = page.customer;
  return {
    ...((name || email) && { customer: { ...(name && { name }), ...(email && { email }) } }),
    ...(agentName?.trim() && { agent: { name: agentName.trim() } }),
    ticket: { url: page.url, ...(page.ticketId && { id: page.ticketId }) },
    ...(page.orderIds[0] && { order: { id: page.orderIds[0] } }),
    ...(followUpDate !== undefined && { followUp: { date: followUpDate } }),
    ...(timeZone && { timeZone }),
  };
}

/** "2024-06-07" from a date input, as noon that day in the agent's zone (a day, not an instant, is promised). */
function dateFromInput(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12);
  return Number.isNaN(date.getTime()) ? undefined : date.getTime();
}

/** The context with the agent's own values laid over what the page gave (blank entries are ignored). */
export function withFilledValues(context: RenderContext, values: FilledValues): RenderContext {
  const next: RenderContext = {
    ...context,
    customer: { ...context.customer },
    agent: { ...context.agent },
    ticket: { ...context.ticket },
    order: { ...context.order },
    followUp: { ...context.followUp },
  };
  for (const [path, raw] of Object.entries(values) as [PlaceholderPath, string | undefined][]) {
    const value = raw?.trim();
    if (!value) continue;
    switch (path) {
      case 'customer.firstName':
        next.customer = { ...next.customer, firstName: value };
        break;
      case 'customer.name':
        next.customer = { ...next.customer, name: value };
        break;
      case 'agent.firstName':
        next.agent = { ...next.agent, firstName: value };
        break;
      case 'agent.name':
        next.agent = { ...next.agent, name: value };
        break;
      case 'ticket.id':
        next.ticket = { ...next.ticket, id: value };
        break;
      case 'order.id':
        next.order = { ...next.order, id: value };
        break;
      case 'followUp.date': {
        const date = dateFromInput(value);
        if (date !== undefined) next.followUp = { date };
        break;
      }
    }
  }
  return next;
}

/** How the placeholder form labels each path, for the agent. */
export const PLACEHOLDER_LABELS: Readonly<Record<PlaceholderPath, string>> = {
  'customer.firstName': "Customer's first name",
  'customer.name': "Customer's name",
  'agent.firstName': 'Your first name',
  'agent.name': 'Your name',
  'ticket.id': 'Ticket number',
  'order.id': 'Order number',
  'followUp.date': 'Follow-up date',
};

/** "Order number, Your first name": what a reply still needs, for the agent. */
export function describeMissing(paths: readonly string[]): string {
  return paths.map((path) => PLACEHOLDER_LABELS[path as PlaceholderPath] ?? path).join(', ');
}
