import { describe, expect, it } from 'vitest';
import { renderContextFor, withFilledValues } from '@/components/panel/render-context';
import type { PanelPage } from '@/components/panel/types';
import { renderTemplate } from '@/lib/templates';

const page: PanelPage = {
  url: 'https://acme.zendesk.com/agent/tickets/4821',
  host: 'acme.zendesk.com',
  site: 'zendesk',
  siteName: 'Zendesk',
  message: 'Where is my order A-10293?',
  messageSource: 'adapter',
  customer: { name: 'María García', email: 'maria@example.com' },
  ticketId: '4821',
  orderIds: ['A-10293', 'B-1'],
  key: 'zendesk:1',
};

describe('renderContextFor', () => {
  it("fills the template context from the page, the agent's name and the follow-up", () => {
    const context = renderContextFor({
      page,
      agentName: ' Sam Rivera ',
      followUpDate: 1_700_000_000_000,
      timeZone: 'Europe/Madrid',
    });
    expect(context).toEqual({
      customer: { name: 'María García', email: 'maria@example.com' },
      agent: { name: 'Sam Rivera' },
      ticket: { url: page.url, id: '4821' },
      order: { id: 'A-10293' },
      followUp: { date: 1_700_000_000_000 },
      timeZone: 'Europe/Madrid',
    });
  });

  it('leaves out what the page did not give, so templates show their fallbacks or ask', () => {
    const bare = { ...page, customer: {}, ticketId: null, orderIds: [] };
    expect(renderContextFor({ page: bare, agentName: '' })).toEqual({ ticket: { url: page.url } });
  });
});

describe('withFilledValues', () => {
  const body =
    'Hi {{customer.firstName}}, order {{order.id}} ({{ticket.id}}) by {{followUp.date|date}}.\n{{agent.firstName}}';

  it('lays the values the agent typed over the page context, and the template renders complete', () => {
    const context = withFilledValues(renderContextFor({ page: { ...page, orderIds: [] }, agentName: '' }), {
      'order.id': ' Z-9 ',
      'agent.firstName': 'Dana',
      'followUp.date': '2030-05-17',
      'customer.firstName': '  ',
    });
    const rendered = renderTemplate({ body, language: 'en' }, { ...context, timeZone: 'UTC' });
    expect(rendered.missing).toEqual([]);
    expect(rendered.text).toContain('order Z-9 (4821)');
    expect(rendered.text).toContain('María');
    expect(rendered.text).toContain('Dana');
    expect(rendered.text).toMatch(/May 17/);
  });

  it('ignores a date it cannot read, so the date stays missing', () => {
    const context = withFilledValues({}, { 'followUp.date': 'next week' });
    expect(renderTemplate({ body: '{{followUp.date}}', language: 'en' }, context).missing).toEqual([
      'followUp.date',
    ]);
  });
});
