// `npm run --silent bench:reminders`: what opening the popup costs with 1,000 and 10,000 reminders.
// For each size it times, in this one process, the shipped path (queryReminderBuckets reads one page per list
// through the [state+dueAt] index; the popup renders those pages) against a naive baseline (read every
// reminder, bucket and sort them in JavaScript, render every row), and prints both with their ratio.
// IndexedDB is fake-indexeddb here and rendering is React's renderToString, so absolute times differ from
// Chromium's; the ratios and how each path grows from 1,000 to 10,000 are the point.
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { renderToString } from 'react-dom/server';
import { ReminderSection } from '../components/reminders/ReminderSection';
import {
  REMINDER_BUCKETS,
  bucketOf,
  endOfCalendarDay,
  queryReminderBuckets,
  type Reminder,
  type ReminderBucket,
  type ReminderBuckets,
} from '../lib/reminders';
import { TactfulDb } from '../lib/storage';

const SIZES = [1_000, 10_000];
const RUNS = 9;
const ZONE = 'Europe/Budapest';
const MINUTE = 60_000;

/** A realistic mix: a backlog of overdue follow-ups, some today, most upcoming, a history of done ones. */
function makeReminders(count: number, now: number): Reminder[] {
  return Array.from({ length: count }, (_, i) => {
    const kind = i % 10;
    const dueAt =
      kind < 3 ? now - (i + 1) * MINUTE : kind < 4 ? now + (i % 600) * 1_000 : now + (i + 1) * 30 * MINUTE;
    const isDone = kind === 9;
    return {
      id: `r${i}`,
      ticketUrl: `https://acme.zendesk.com/agent/tickets/${100_000 + i}`,
      site: 'zendesk',
      customerName: `Customer ${i}`,
      scenario: 'late-delivery',
      note: i % 3 === 0 ? 'Promised an update on the replacement' : undefined,
      dueAt: isDone ? now - (i + 1) * MINUTE : dueAt,
      deadlineAt: dueAt,
      state: isDone ? 'done' : 'pending',
      createdAt: now - 86_400_000,
      updatedAt: now - 86_400_000,
      completedAt: isDone ? now - i * MINUTE : undefined,
      outcome: isDone ? 'happy' : undefined,
    };
  });
}

/** The baseline: everything read, bucketed and sorted in JavaScript. */
async function queryEverything(db: TactfulDb, now: number): Promise<ReminderBuckets> {
  const all = await db.reminders.toArray();
  const endOfToday = endOfCalendarDay(now, ZONE);
  const lists: Record<ReminderBucket, Reminder[]> = { overdue: [], today: [], upcoming: [], done: [] };
  for (const reminder of all) {
    const bucket = bucketOf(reminder, now, endOfToday);
    if (bucket) lists[bucket].push(reminder);
  }
  const page = (items: Reminder[]) => ({
    items: items.sort((a, b) => a.dueAt - b.dueAt),
    total: items.length,
  });
  return {
    overdue: page(lists.overdue),
    today: page(lists.today),
    upcoming: page(lists.upcoming),
    done: page(lists.done),
    now,
    timeZone: ZONE,
  };
}

const ignore = () => undefined;

/** The popup's lists as the popup renders them, to HTML. Returns the number of reminder rows. */
function renderLists(buckets: ReminderBuckets): number {
  const html = renderToString(
    <div>
      {REMINDER_BUCKETS.map((bucket) => (
        <ReminderSection
          key={bucket}
          bucket={bucket}
          page={buckets[bucket]}
          now={buckets.now}
          timeZone={buckets.timeZone}
          onShowMore={ignore}
          onOpen={ignore}
          onSnooze={ignore}
          onComplete={ignore}
          onDismiss={ignore}
        />
      ))}
    </div>,
  );
  return html.split('data-tactful="reminder"').length - 1;
}

async function median(run: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? Number.NaN;
}

const ms = (value: number) => value.toFixed(1).padStart(8);

async function measure(count: number) {
  const db = new TactfulDb(`bench-reminders-${count}`);
  await db.open();
  const now = Date.now();
  await db.reminders.bulkAdd(makeReminders(count, now));
  // The shipped path first, before the baseline's ten thousand rows exist to slow it down through GC.
  const paged = await queryReminderBuckets(db, now, ZONE);
  const pagedQuery = await median(() => queryReminderBuckets(db, now, ZONE));
  const pagedRender = await median(() => renderLists(paged));
  const everything = await queryEverything(db, now);
  const result = {
    count,
    pagedQuery,
    pagedRender,
    pagedRows: renderLists(paged),
    naiveQuery: await median(() => queryEverything(db, now)),
    naiveRender: await median(() => renderLists(everything)),
    naiveRows: renderLists(everything),
  };
  await db.delete();
  return result;
}

// A discarded first pass warms up the JIT, so the first measured size is not charged for it.
await measure(500);
const results = [];
for (const count of SIZES) results.push(await measure(count));

console.log(
  'reminders | paged query ms | paged render ms | rows | naive query ms | naive render ms |  rows | naive/paged total',
);
for (const r of results) {
  const paged = r.pagedQuery + r.pagedRender;
  const naive = r.naiveQuery + r.naiveRender;
  console.log(
    `${String(r.count).padStart(9)} | ${ms(r.pagedQuery)}       | ${ms(r.pagedRender)}        | ${String(r.pagedRows).padStart(4)} | ${ms(r.naiveQuery)}       | ${ms(r.naiveRender)}        | ${String(r.naiveRows).padStart(5)} | ${(naive / paged).toFixed(1)}×`,
  );
}
const [small, large] = results;
if (small && large) {
  const growth = (a: number, b: number) => (b / a).toFixed(2);
  console.log(
    `growth 1,000 → 10,000: paged ${growth(small.pagedQuery + small.pagedRender, large.pagedQuery + large.pagedRender)}×, naive ${growth(small.naiveQuery + small.naiveRender, large.naiveQuery + large.naiveRender)}×`,
  );
}
