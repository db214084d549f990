import { displayState } from '@/lib/reminders/schedule';
import type { BucketPage, ReminderBucket } from '@/lib/reminders/types';
import { ReminderRow, type ReminderActions } from './ReminderRow';
import './reminders.css';

const titles: Record<ReminderBucket, string> = {
  overdue: 'Overdue',
  today: 'Today',
  upcoming: 'Upcoming',
  done: 'Recently done',
};

interface ReminderSectionProps extends ReminderActions {
  bucket: ReminderBucket;
  page: BucketPage;
  now: number;
  timeZone: string;
  busyIds?: ReadonlySet<string>;
  /** Asks for the next page; shown while fewer than `total` are listed. */
  onShowMore(bucket: ReminderBucket): void;
}

/**
 * One popup list. It renders only the page it was given (the background pages through the index), so a
 * thousand reminders cost the DOM no more than fifty.
 */
export function ReminderSection({
  bucket,
  page,
  now,
  timeZone,
  busyIds,
  onShowMore,
  ...actions
}: ReminderSectionProps) {
  const headingId = `reminders-${bucket}`;
  if (page.total === 0 && bucket !== 'overdue') return null;
  return (
    <section className="reminder-section" data-tactful={`bucket-${bucket}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {titles[bucket]} <span className="reminder-section__count">{page.total}</span>
      </h2>
      {page.total === 0 ? (
        <p className="reminder-section__empty">Nothing overdue.</p>
      ) : (
        <ul className="reminder-list">
          {page.items.map((reminder) => (
            <ReminderRow
              key={reminder.id}
              reminder={reminder}
              state={displayState(reminder, now)}
              now={now}
              timeZone={timeZone}
              isBusy={busyIds?.has(reminder.id)}
              {...actions}
            />
          ))}
        </ul>
      )}
      {page.items.length < page.total && (
        <button
          type="button"
          className="reminder-section__more"
          data-tactful={`more-${bucket}`}
          onClick={() => onShowMore(bucket)}
        >
          Show more ({page.total - page.items.length} not shown)
        </button>
      )}
    </section>
  );
}
