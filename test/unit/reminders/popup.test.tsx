import { fireEvent, render, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { setUpBackgroundForUi, seedReminder } from './ui-harness';
import { at } from './wall-clock';

const { db } = setUpBackgroundForUi();
const zone = 'Europe/Budapest';
const NOW = at('2024-06-04 11:00', zone);
const HOUR = 3_600_000;

const rows = () => [...document.querySelectorAll<HTMLElement>('[data-tactful="reminder"]')];
const row = (id: string) => document.querySelector<HTMLElement>(`[data-reminder-id="${id}"]`) as HTMLElement;
const inBucket = (bucket: string) =>
  [...document.querySelectorAll(`[data-tactful="bucket-${bucket}"] [data-tactful="reminder"]`)].map((el) =>
    el.getAttribute('data-reminder-id'),
  );
const click = (within: HTMLElement, hook: string) =>
  fireEvent.click(within.querySelector(`[data-tactful="${hook}"]`) as HTMLElement);

describe('popup', () => {
  it('lists overdue, today and upcoming follow-ups with their state', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    await seedReminder('late', NOW - 2 * HOUR, { customerName: 'Maria' });
    await seedReminder('later-today', NOW + 3 * HOUR);
    await seedReminder('snoozed', NOW + 4 * HOUR, { state: 'snoozed' });
    await seedReminder('next-week', NOW + 7 * 24 * HOUR, { note: 'Check the replacement arrived' });
    await seedReminder('finished', NOW - 30 * HOUR, {
      state: 'done',
      outcome: 'happy',
      completedAt: NOW - HOUR,
    });
    render(<App />);

    await waitFor(() => expect(rows()).toHaveLength(5));
    expect(inBucket('overdue')).toEqual(['late']);
    expect(inBucket('today')).toEqual(['later-today', 'snoozed']);
    expect(inBucket('upcoming')).toEqual(['next-week']);
    expect(inBucket('done')).toEqual(['finished']);
    expect(rows().map((el) => el.dataset.state)).toEqual([
      'overdue',
      'pending',
      'snoozed',
      'pending',
      'done',
    ]);
    expect(row('late').textContent).toContain('Maria');
    expect(row('late').textContent).toContain('overdue by 2 hours');
    expect(row('later-today').textContent).toContain('Today 14:00');
    expect(row('next-week').textContent).toContain('Check the replacement arrived');
    await waitFor(() =>
      expect(document.querySelector('[data-tactful="overdue-count"]')?.textContent).toBe('1'),
    );
  });

  it('says how to set a follow-up when there is none', async () => {
    render(<App />);
    await waitFor(() => expect(document.querySelector('[data-tactful="no-reminders"]')).not.toBeNull());
    expect(rows()).toEqual([]);
  });

  it('marks a follow-up done with the customer’s answer, which feeds the outcome record', async () => {
    await seedReminder('late', Date.now() - HOUR);
    render(<App />);
    await waitFor(() => expect(row('late')?.dataset.state).toBe('overdue'));
    click(row('late'), 'reminder-done');
    click(row('late'), 'outcome-unhappy');
    await waitFor(() => expect(row('late')?.dataset.state).toBe('done'));
    expect(inBucket('done')).toEqual(['late']);
    expect(await db().outcomes.toArray()).toMatchObject([
      { reminderId: 'late', onTime: false, outcome: 'unhappy' },
    ]);
    await waitFor(() =>
      expect(document.querySelector('[data-tactful="follow-up-summary"]')?.textContent).toMatch(
        /1 follow-ups done/,
      ),
    );
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('asks for the outcome of a follow-up done from a notification without one', async () => {
    await seedReminder('quick', Date.now() - HOUR, { state: 'done', completedAt: Date.now() });
    render(<App />);
    await waitFor(() => expect(row('quick')).not.toBeNull());
    click(row('quick'), 'outcome-happy');
    await waitFor(async () => expect((await db().reminders.get('quick'))?.outcome).toBe('happy'));
  });

  it('snoozes and dismisses', async () => {
    await seedReminder('a', Date.now() - HOUR);
    await seedReminder('b', Date.now() - HOUR);
    render(<App />);
    await waitFor(() => expect(rows()).toHaveLength(2));
    click(row('a'), 'reminder-snooze');
    click(row('a'), 'snooze-in-1-hour');
    await waitFor(() => expect(row('a')?.dataset.state).toBe('snoozed'));
    expect(within(row('a')).getByText(/snoozed/)).toBeTruthy();
    click(row('b'), 'reminder-dismiss');
    await waitFor(() => expect(row('b')).toBeNull());
    expect((await db().reminders.get('b'))?.state).toBe('dismissed');
  });

  it('opens the ticket of a reminder in a tab', async () => {
    await seedReminder('t', Date.now() + HOUR);
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<App />);
    await waitFor(() => expect(row('t')).not.toBeNull());
    click(row('t'), 'reminder-open');
    await waitFor(() =>
      expect(opened).toHaveBeenCalledWith({ url: 'https://acme.zendesk.com/agent/tickets/t', active: true }),
    );
  });

  it('renders a page of a thousand reminders and shows more on demand', async () => {
    const now = Date.now();
    await db().reminders.bulkAdd(
      Array.from({ length: 1_000 }, (_, i) => ({
        id: `r${String(i).padStart(4, '0')}`,
        ticketUrl: `https://acme.zendesk.com/agent/tickets/${i}`,
        site: 'zendesk',
        dueAt: now - (i + 1) * 60_000,
        state: 'pending' as const,
        createdAt: 0,
        updatedAt: 0,
      })),
    );
    render(<App />);
    await waitFor(() => expect(rows()).toHaveLength(50));
    expect(document.querySelector('[data-tactful="bucket-overdue"] h2')?.textContent).toBe('Overdue 1000');
    expect(inBucket('overdue')[0]).toBe('r0999');
    fireEvent.click(document.querySelector('[data-tactful="more-overdue"]') as HTMLElement);
    await waitFor(() => expect(rows()).toHaveLength(100));
  });
});
