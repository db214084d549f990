import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { RemindMe } from '@/components/reminders/RemindMe';
import { neutralToneResult, type ToneResult } from '@/lib/tone/types';
import { setUpBackgroundForUi } from './ui-harness';
import { at, wall } from './wall-clock';

const { db } = setUpBackgroundForUi();
const zone = 'Europe/Budapest';
const ticket = {
  url: 'https://acme.zendesk.com/agent/tickets/4821',
  site: 'zendesk',
  customerName: 'Maria',
  scenario: 'late-delivery',
  templateId: 'late-delivery-en-2',
};
const tone = (patch: Partial<ToneResult>): ToneResult => ({ ...neutralToneResult('en', 1), ...patch });
const hook = (name: string) => document.querySelector<HTMLElement>(`[data-tactful="${name}"]`);
const alertText = () => document.querySelector('[role="alert"]')?.textContent;
/** The due field's value; browsers drop ":00" seconds, so compare without them. */
const dueValue = () => (hook('remind-due') as HTMLInputElement).value.replace(/(T\d\d:\d\d):00$/, '$1');

async function openForm() {
  fireEvent.click(screen.getByRole('button', { name: /remind me/i }));
  await waitFor(() => expect(hook('remind-reason')).not.toBeNull());
}

describe('RemindMe', () => {
  it('saves with the deadline suggested from the tone, with the ticket context and no message text', async () => {
    vi.useFakeTimers({ now: at('2024-06-04 11:20', zone), toFake: ['Date'] });
    render(<RemindMe ticket={ticket} tone={tone({ tone: 'anxious', urgency: 0.2 })} />);
    await openForm();
    expect(hook('remind-reason')?.textContent).toBe('Anxious customer: follow up within 2 working hours.');
    expect(dueValue()).toBe('2024-06-04T13:20');

    fireEvent.click(hook('remind-save') as HTMLElement);
    await waitFor(() => expect(hook('remind-confirm')?.textContent).toBe('Reminder set for Today 13:20.'));
    const [saved] = await db().reminders.toArray();
    expect(wall(saved?.dueAt ?? 0, zone)).toBe('Tue 2024-06-04 13:20 +02:00');
    expect(saved).toMatchObject({
      ticketUrl: ticket.url,
      site: 'zendesk',
      customerName: 'Maria',
      scenario: 'late-delivery',
      templateId: 'late-delivery-en-2',
      state: 'pending',
    });
    expect(saved?.note).toBeUndefined();
  });

  it('suggests the next working day when there is no tone yet', async () => {
    vi.useFakeTimers({ now: at('2024-06-07 15:00', zone), toFake: ['Date'] });
    render(<RemindMe ticket={ticket} />);
    await openForm();
    expect(dueValue()).toBe('2024-06-10T15:00');
  });

  it('lets the agent take a quick pick or type a time, and add a note', async () => {
    vi.useFakeTimers({ now: at('2024-06-04 11:20', zone), toFake: ['Date'] });
    render(<RemindMe ticket={ticket} tone={tone({ tone: 'angry', urgency: 0.1 })} />);
    await openForm();
    const endOfDay = document.querySelector('[data-pick="end-of-working-day"]') as HTMLElement;
    expect(endOfDay.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(document.querySelector('[data-pick="in-3-working-days"]') as HTMLElement);
    expect(dueValue()).toBe('2024-06-07T11:20');

    fireEvent.change(hook('remind-due') as HTMLElement, { target: { value: '2024-06-05T08:45' } });
    fireEvent.change(hook('remind-note') as HTMLElement, { target: { value: 'Promised a courier update' } });
    fireEvent.click(hook('remind-save') as HTMLElement);
    await waitFor(() => expect(hook('remind-confirm')).not.toBeNull());
    const [saved] = await db().reminders.toArray();
    expect(wall(saved?.dueAt ?? 0, zone)).toBe('Wed 2024-06-05 08:45 +02:00');
    expect(saved?.note).toBe('Promised a courier update');
  });

  it('follows the tone when it arrives after the form opened, but never overwrites a time the agent chose', async () => {
    vi.useFakeTimers({ now: at('2024-06-04 11:20', zone), toFake: ['Date'] });
    const { rerender } = render(<RemindMe ticket={ticket} />);
    await openForm();
    expect(dueValue()).toBe('2024-06-05T11:20');
    rerender(<RemindMe ticket={ticket} tone={tone({ tone: 'anxious', urgency: 0.2 })} />);
    await waitFor(() => expect(dueValue()).toBe('2024-06-04T13:20'));

    fireEvent.change(hook('remind-due') as HTMLElement, { target: { value: '2024-06-06T09:30' } });
    rerender(<RemindMe ticket={ticket} tone={tone({ tone: 'angry', urgency: 0.1 })} />);
    await waitFor(() => expect(hook('remind-reason')?.textContent).toMatch(/same working day/i));
    expect(dueValue()).toBe('2024-06-06T09:30');
  });

  it('refuses a time that has passed or is not a time, and saves nothing', async () => {
    vi.useFakeTimers({ now: at('2024-06-04 11:20', zone), toFake: ['Date'] });
    render(<RemindMe ticket={ticket} />);
    await openForm();
    fireEvent.change(hook('remind-due') as HTMLElement, { target: { value: '2024-06-03T10:00' } });
    expect(alertText()).toBe('That time has already passed.');
    expect((hook('remind-save') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(hook('remind-due') as HTMLElement, { target: { value: '2024-02-31T10:00' } });
    expect(alertText()).toBe('Enter a date and time.');
    fireEvent.submit(hook('remind-form') as HTMLElement);
    expect(await db().reminders.count()).toBe(0);
  });

  it('is usable from the keyboard: opening moves focus to save, cancel returns to the button', async () => {
    render(<RemindMe ticket={ticket} />);
    await openForm();
    await waitFor(() => expect(document.activeElement).toBe(hook('remind-save')));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(hook('remind-form')).toBeNull();
    expect(document.activeElement).toBe(hook('remind'));
  });

  it('shows the background’s refusal and keeps the form', async () => {
    render(<RemindMe ticket={{ ...ticket, url: 'javascript:alert(1)' }} />);
    await openForm();
    fireEvent.click(hook('remind-save') as HTMLElement);
    await waitFor(() => expect(alertText()).toMatch(/http\(s\) URL/));
    expect(hook('remind-form')).not.toBeNull();
    expect(await db().reminders.count()).toBe(0);
  });
});
