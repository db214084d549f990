import { fireEvent, render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WorkingHoursSettings } from '@/components/settings/WorkingHoursSettings';
import { checkWorkingHours } from '@/lib/reminders';
import { readSettings } from '@/lib/storage';
import { setUpBackgroundForUi } from './ui-harness';

const { db } = setUpBackgroundForUi();
const field = <T extends Element>(name: string) => document.querySelector(`[name="${name}"]`) as unknown as T;
const day = (value: number) =>
  document.querySelector(`[name="workingDays"][value="${value}"]`) as HTMLInputElement;
const submit = () =>
  fireEvent.click(
    document.querySelector('[data-tactful="working-hours"] button[type="submit"]') as HTMLElement,
  );

describe('WorkingHoursSettings', () => {
  it('shows the saved working hours and saves changed days, hours and time zone', async () => {
    render(<WorkingHoursSettings />);
    await waitFor(() => expect(field<HTMLSelectElement>('timeZone').value).toBe('Europe/Budapest'));
    expect(field<HTMLInputElement>('workStart').value).toBe('09:00');
    expect(day(1).checked).toBe(true);
    expect(day(6).checked).toBe(false);

    fireEvent.click(day(6));
    fireEvent.click(day(1));
    fireEvent.change(field('workStart'), { target: { value: '07:30' } });
    fireEvent.change(field('workEnd'), { target: { value: '15:45' } });
    fireEvent.change(field('timeZone'), { target: { value: 'America/New_York' } });
    submit();
    await waitFor(() =>
      expect(document.querySelector('[data-tactful="working-hours-saved"]')).not.toBeNull(),
    );
    expect((await readSettings(db())).workingHours).toEqual({
      timeZone: 'America/New_York',
      days: [2, 3, 4, 5, 6],
      start: 450,
      end: 945,
    });
    expect(document.querySelector('[data-tactful="working-hours-preview"]')?.textContent).toContain(
      'America/New_York',
    );
  });

  it('explains what is wrong and keeps the saved hours', async () => {
    render(<WorkingHoursSettings />);
    await waitFor(() => expect(day(1).checked).toBe(true));
    for (const value of [1, 2, 3, 4, 5]) fireEvent.click(day(value));
    fireEvent.change(field('workEnd'), { target: { value: '08:00' } });
    submit();
    await waitFor(() =>
      expect(document.querySelector('[role="alert"]')?.textContent).toBe(
        'Cannot save working hours: pick at least one working day; the working day must end after it starts.',
      ),
    );
    expect((await readSettings(db())).workingHours.days).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('checkWorkingHours', () => {
  it.each([
    [{ timeZone: 'Mars/Base', days: [1], start: 0, end: 60 }, /"Mars\/Base" is not a time zone/],
    [{ timeZone: '', days: [1], start: '9', end: 60 }, /enter a start and an end time/],
    [null, /pick at least one working day/],
  ])('refuses %j', (input, message) => {
    const checked = checkWorkingHours(input);
    expect(checked.ok ? '' : checked.error).toMatch(message);
  });

  it('accepts the browser’s own zone as an empty setting and sorts the days', () => {
    expect(checkWorkingHours({ timeZone: ' ', days: [5, 1, 1], start: 0, end: 1440 })).toEqual({
      ok: true,
      value: { timeZone: '', days: [1, 5], start: 0, end: 1440 },
    });
  });
});
