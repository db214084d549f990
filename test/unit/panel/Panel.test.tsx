// The panel with the background's real handlers answering its messages in this context (tone engine, template
// library seeded with the built-in templates, settings, reminders) and the real insertion chain writing into a
// textarea: what the agent sees and what lands in the reply box.
import { cleanup, fireEvent, render, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Panel } from '@/components/Panel';
import { messagingServices } from '@/components/panel/services';
import type { PanelPage } from '@/components/panel/types';
import { insertIntoEditor } from '@/lib/insert';
import { onMessages } from '@/lib/messaging/browser';
import { reminderHandlers } from '@/lib/reminders/browser';
import { getDb, writeSettings } from '@/lib/storage';
import { storageHandlers } from '@/lib/storage/browser';
import { templateHandlers } from '@/lib/templates/browser';
import { detectTone } from '@/lib/tone';
import { toneHandlers } from '@/lib/tone/browser';

let replyBox: HTMLTextAreaElement;
let stopHandlers: () => void;

beforeEach(async () => {
  await getDb().delete();
  await getDb().open();
  vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('id');
  stopHandlers = onMessages({
    ...storageHandlers(getDb()),
    ...reminderHandlers(getDb()),
    ...toneHandlers(),
    ...templateHandlers(getDb()),
  });
  await writeSettings(getDb(), { agentName: 'Sam Rivera' });
  replyBox = document.createElement('textarea');
  document.body.append(replyBox);
});
afterEach(() => {
  cleanup();
  stopHandlers();
  replyBox.remove();
  vi.restoreAllMocks();
});

const angrySpanish =
  'Es la TERCERA vez que escribo por el pedido 55123 y sigue sin llegar. ¡Quiero mi dinero ya o cancelo la cuenta!';

function pageWith(message: string, patch: Partial<PanelPage> = {}): PanelPage {
  return {
    url: 'https://acme.zendesk.com/agent/tickets/4821',
    host: 'acme.zendesk.com',
    site: 'zendesk',
    siteName: 'Zendesk',
    message,
    messageSource: 'adapter',
    customer: { name: 'María García', email: 'maria.garcia@example.com' },
    ticketId: '4821',
    orderIds: ['55123'],
    key: `k:${message.length}`,
    ...patch,
  };
}

const services = messagingServices((reply) => insertIntoEditor(replyBox, reply));
const hook = (name: string) => document.querySelector<HTMLElement>(`[data-tactful="${name}"]`);
const hooks = (name: string) => [...document.querySelectorAll<HTMLElement>(`[data-tactful="${name}"]`)];

function renderPanel(page: PanelPage, extra: Partial<Parameters<typeof Panel>[0]> = {}) {
  const onClose = vi.fn();
  const onDismiss = vi.fn();
  const onRestore = vi.fn();
  const view = render(
    <Panel
      page={page}
      draft=""
      settings={{ agentName: 'Sam Rivera', agentLanguage: 'en', timeZone: 'Europe/Madrid' }}
      services={services}
      onClose={onClose}
      isDismissed={false}
      onDismiss={onDismiss}
      onRestore={onRestore}
      {...extra}
    />,
  );
  return { ...view, onClose, onDismiss, onRestore };
}

const waitForSuggestions = () =>
  waitFor(() => expect(hooks('suggestion')).toHaveLength(3), { timeout: 5000 });

describe('Panel', () => {
  it("shows the tone the engine finds, the words behind it, and three replies in the customer's language", async () => {
    renderPanel(pageWith(angrySpanish));
    await waitFor(() => expect(hook('tone')?.dataset.tone).toBe(detectTone(angrySpanish).tone));
    expect(hooks('evidence').length).toBeGreaterThan(0);
    for (const mark of hooks('evidence')) expect(angrySpanish).toContain(mark.textContent ?? '');
    await waitForSuggestions();
    expect(hooks('suggestion').map((item) => item.dataset.language)).toEqual(['es', 'es', 'es']);
    for (const preview of hooks('preview')) {
      expect(preview.textContent).toContain('María');
      expect(preview.textContent).not.toMatch(/\{\{|\}\}/);
    }
  });

  it('moves between replies with the arrow keys and inserts the focused one with Enter, then offers a reminder', async () => {
    renderPanel(pageWith(angrySpanish));
    await waitForSuggestions();
    const [first, second] = hooks('suggestion');
    await waitFor(() => expect(document.activeElement).toBe(first));
    fireEvent.keyDown(first as HTMLElement, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(second);
    fireEvent.keyDown(second as HTMLElement, { key: 'End' });
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Home' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first as HTMLElement, { key: 'Enter' });

    const text = first?.querySelector('[data-tactful="preview"]')?.textContent ?? '';
    await waitFor(() => expect(hook('insert-status')?.dataset.state).toBe('inserted'));
    expect(replyBox.value).toBe(text);
    const templateId = first?.dataset.templateId ?? '';
    await waitFor(async () => expect((await getDb().templates.get(templateId))?.usageCount).toBe(1));
    expect(hook('remind')).not.toBeNull();
  });

  it('fills in the values a reply needs before inserting it, and remembers the agent name', async () => {
    await writeSettings(getDb(), { agentName: '' });
    const saveAgentName = vi.spyOn(services, 'saveAgentName');
    renderPanel(pageWith(angrySpanish, { orderIds: [] }), {
      settings: { agentName: '', agentLanguage: 'en', timeZone: '' },
    });
    await waitForSuggestions();
    const needing = hooks('suggestion').find((item) => item.querySelector('[data-tactful="fill"]'));
    expect(needing).toBeDefined();
    fireEvent.click(needing?.querySelector('[data-tactful="fill"]') as HTMLElement);
    await waitFor(() => expect(hook('placeholders')).not.toBeNull());
    const submit = hook('placeholders-insert') as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    for (const input of hooks('placeholder') as HTMLInputElement[]) {
      const value =
        input.dataset.path === 'followUp.date'
          ? '2030-01-15'
          : input.dataset.path === 'order.id'
            ? 'X-1'
            : 'Lucía';
      fireEvent.change(input, { target: { value } });
    }
    await waitFor(() => expect(submit.disabled).toBe(false), { timeout: 3000 });
    expect(replyBox.value).toBe('');
    fireEvent.click(submit);
    await waitFor(() => expect(replyBox.value).toContain('Lucía'));
    expect(replyBox.value).not.toMatch(/\[[^\]]+\]|\{\{/);
    expect(hook('insert-status')?.dataset.gaps).toBe('0');
    expect(saveAgentName).toHaveBeenCalledWith('Lucía');
    await waitFor(async () => expect((await getDb().settings.get('agentName'))?.value).toBe('Lucía'));
  });

  it('inserts a reply that lacks a value at once, with a visible gap, and names the gap to fill', async () => {
    await writeSettings(getDb(), { agentName: '' });
    renderPanel(pageWith(angrySpanish), { settings: { agentName: '', agentLanguage: 'en', timeZone: '' } });
    expect(hook('agent-name-prompt')).not.toBeNull();
    await waitForSuggestions();
    fireEvent.click(hooks('insert')[0] as HTMLElement);
    await waitFor(() => expect(hook('insert-status')?.dataset.state).toBe('inserted'));
    expect(hook('insert-status')?.dataset.gaps).toBe('1');
    expect(hook('insert-status')?.textContent).toContain('Your first name');
    expect(replyBox.value).toContain('[tu nombre]');
    expect(replyBox.value).not.toMatch(/\{\{|\}\}/);
  });

  it("asks once for the agent's name when Tactful does not know it", async () => {
    const saveAgentName = vi.spyOn(services, 'saveAgentName');
    renderPanel(pageWith(angrySpanish), { settings: { agentName: '', agentLanguage: 'en', timeZone: '' } });
    fireEvent.change(hook('agent-name') as HTMLInputElement, { target: { value: ' Sam ' } });
    fireEvent.submit(hook('agent-name-prompt') as HTMLElement);
    expect(saveAgentName).toHaveBeenCalledWith('Sam');
    await waitFor(async () => expect((await getDb().settings.get('agentName'))?.value).toBe('Sam'));
  });

  it('searches the whole library and inserts a result', async () => {
    renderPanel(pageWith(angrySpanish));
    await waitForSuggestions();
    fireEvent.change(hook('search') as HTMLInputElement, { target: { value: 'cobro duplicado' } });
    await waitFor(() => expect(hooks('search-result').length).toBeGreaterThan(0), { timeout: 3000 });
    const [result] = hooks('search-result');
    expect(result?.dataset.scenario).toBe('double-charge');
    expect(result?.dataset.language).toBe('es');
    fireEvent.click(result?.querySelector('[data-tactful="search-insert"]') as HTMLElement);
    await waitFor(() =>
      expect(replyBox.value).toBe(result?.querySelector('[data-tactful="preview"]')?.textContent),
    );
  });

  it("reviews the agent's draft and flags blame and the missing apology", async () => {
    renderPanel(pageWith(angrySpanish), {
      draft: 'Como ya le dije, usted debería haber leído las condiciones. No es culpa nuestra.',
    });
    await waitFor(() => expect(hooks('finding').length).toBeGreaterThan(0), { timeout: 3000 });
    const rules = hooks('finding').map((item) => item.dataset.rule);
    expect(rules).toContain('blame');
    expect(rules).toContain('apology');
  });

  it('asks for the message when the page had none, and analyses what the agent pastes', async () => {
    renderPanel(pageWith('', { messageSource: 'none' }));
    expect(hook('no-message')).not.toBeNull();
    expect(hook('tone')).toBeNull();
    const pasted = 'I am so worried, my account was hacked and I cannot log in. Is my card safe?';
    fireEvent.change(hook('message') as HTMLTextAreaElement, { target: { value: pasted } });
    await waitFor(() => expect(hook('tone')?.dataset.tone).toBe(detectTone(pasted).tone), { timeout: 3000 });
    await waitForSuggestions();
    expect(hooks('suggestion').map((item) => item.dataset.language)).toEqual(['en', 'en', 'en']);
  });

  it('closes on Escape and hides itself on the site on request', async () => {
    const { onClose, onDismiss } = renderPanel(pageWith(angrySpanish));
    fireEvent.keyDown(hook('panel') as HTMLElement, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
    fireEvent.click(hook('dismiss') as HTMLElement);
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('says the launcher is hidden on a dismissed site and offers to show it again', () => {
    const { onRestore } = renderPanel(pageWith(angrySpanish), { isDismissed: true });
    expect(hook('dismissed-notice')?.textContent).toContain('acme.zendesk.com');
    fireEvent.click(hook('undismiss') as HTMLElement);
    expect(onRestore).toHaveBeenCalledOnce();
  });
});
