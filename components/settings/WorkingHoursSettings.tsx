import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { sendMessage } from '@/lib/messaging/browser';
import { suggestDeadline } from '@/lib/reminders/deadline';
import { formatDueAt, fromTimeInputValue, toTimeInputValue } from '@/lib/reminders/format';
import { checkWorkingHours } from '@/lib/reminders/validate';
import { runtimeTimeZone, toWorkCalendar } from '@/lib/reminders/working-time';
import type { WorkingHours } from '@/lib/storage/settings';
import { useNow } from '@/components/reminders/use-now';
import './settings.css';

// Monday first, as most support teams plan their week; values are Date#getDay() numbers.
const WEEK = [
  { day: 1, label: 'Mon' },
  { day: 2, label: 'Tue' },
  { day: 3, label: 'Wed' },
  { day: 4, label: 'Thu' },
  { day: 5, label: 'Fri' },
  { day: 6, label: 'Sat' },
  { day: 0, label: 'Sun' },
];

const TIME_FIELDS = [
  { key: 'start', name: 'workStart', label: 'Day starts' },
  { key: 'end', name: 'workEnd', label: 'Day ends' },
] as const;

interface Draft {
  days: number[];
  start: string;
  end: string;
  timeZone: string;
}

function toDraft(hours: WorkingHours): Draft {
  const calendar = toWorkCalendar(hours);
  return {
    days: [...calendar.days],
    start: toTimeInputValue(calendar.start),
    end: toTimeInputValue(calendar.end),
    // Keep "the browser's zone" as it was chosen rather than freezing today's zone into the setting.
    timeZone: hours.timeZone && calendar.timeZone === hours.timeZone ? hours.timeZone : '',
  };
}

const fromDraft = (draft: Draft) => ({
  days: draft.days,
  start: fromTimeInputValue(draft.start),
  end: fromTimeInputValue(draft.end),
  timeZone: draft.timeZone,
});

/**
 * Working hours, working days and time zone: the calendar follow-up deadlines are counted in. Saved through
 * the background with the rest of the settings.
 */
export function WorkingHoursSettings() {
  const [draft, setDraft] = useState<Draft>();
  const [notice, setNotice] = useState<{ isError: boolean; text: string }>();
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const browserZone = useMemo(() => runtimeTimeZone(), []);
  const now = useNow();

  useEffect(() => {
    sendMessage('getSettings').then(
      (settings) => setDraft(toDraft(settings.workingHours)),
      (cause: unknown) => setNotice({ isError: true, text: String(cause) }),
    );
  }, []);

  if (!draft) return notice ? <p role="alert">{notice.text}</p> : <p>Loading working hours…</p>;

  const checked = checkWorkingHours(fromDraft(draft));
  const update = (patch: Partial<Draft>) => {
    setNotice(undefined);
    setDraft({ ...draft, ...patch });
  };
  const toggleDay = (day: number, isOn: boolean) =>
    update({ days: isOn ? [...draft.days, day] : draft.days.filter((d) => d !== day) });

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!checked.ok) {
      setNotice({ isError: true, text: checked.error });
      return;
    }
    try {
      const saved = await sendMessage('saveSettings', { workingHours: checked.value });
      setDraft(toDraft(saved.workingHours));
      setNotice({ isError: false, text: 'Working hours saved.' });
    } catch (cause) {
      setNotice({ isError: true, text: cause instanceof Error ? cause.message : String(cause) });
    }
  }

  const preview = checked.ok ? suggestDeadline({}, now, checked.value, browserZone) : undefined;

  return (
    <form data-tactful="working-hours" onSubmit={(event) => void save(event)}>
      <h2>Working hours</h2>
      <p className="muted">Follow-up deadlines count only working time, in this time zone.</p>
      <fieldset className="settings-fieldset">
        <legend>Working days</legend>
        {WEEK.map(({ day, label }) => (
          <label key={day} className="inline-choice">
            <input
              type="checkbox"
              name="workingDays"
              value={day}
              checked={draft.days.includes(day)}
              onChange={(event) => toggleDay(day, event.target.checked)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      {TIME_FIELDS.map(({ key, name, label }) => (
        <label key={key}>
          {label}
          <input
            type="time"
            name={name}
            value={draft[key]}
            onChange={(e) => update({ [key]: e.target.value })}
          />
        </label>
      ))}
      <label>
        Time zone
        <select name="timeZone" value={draft.timeZone} onChange={(e) => update({ timeZone: e.target.value })}>
          <option value="">This browser’s zone ({browserZone})</option>
          {draft.timeZone && !zones.includes(draft.timeZone) && (
            <option value={draft.timeZone}>{draft.timeZone}</option>
          )}
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
      </label>
      {preview && (
        <p className="muted" data-tactful="working-hours-preview">
          A follow-up set now for the next working day would be due{' '}
          {formatDueAt(preview.dueAt, now, preview.timeZone)} ({preview.timeZone}).
        </p>
      )}
      <button type="submit">Update working hours</button>
      {notice && (
        <p
          role={notice.isError ? 'alert' : 'status'}
          data-tactful={notice.isError ? undefined : 'working-hours-saved'}
        >
          {notice.text}
        </p>
      )}
    </form>
  );
}
