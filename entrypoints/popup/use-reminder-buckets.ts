import { useCallback, useEffect, useState } from 'react';
import { sendMessage } from '@/lib/messaging/browser';
import { DEFAULT_BUCKET_LIMIT, type ReminderBucket, type ReminderBuckets } from '@/lib/reminders/types';

/** How often an open popup re-reads its lists, so "today" turns "overdue" without reopening it. */
const REFRESH_EVERY = 30_000;

type Limits = Partial<Record<ReminderBucket, number>>;

/**
 * The popup's follow-up lists from the background, one page per bucket; `showMore` asks for the next page of
 * one bucket, `reload` re-reads after an action.
 */
export function useReminderBuckets() {
  const [buckets, setBuckets] = useState<ReminderBuckets>();
  const [error, setError] = useState<string>();
  const [limits, setLimits] = useState<Limits>({});

  const load = useCallback(
    (isCurrent: () => boolean = () => true) =>
      sendMessage('listReminderBuckets', { limits }).then(
        (next) => {
          if (!isCurrent()) return;
          setBuckets(next);
          setError(undefined);
        },
        (cause: unknown) => {
          if (isCurrent()) setError(cause instanceof Error ? cause.message : String(cause));
        },
      ),
    [limits],
  );

  useEffect(() => {
    let isCurrent = true;
    void load(() => isCurrent);
    const timer = setInterval(() => void load(() => isCurrent), REFRESH_EVERY);
    return () => {
      isCurrent = false;
      clearInterval(timer);
    };
  }, [load]);

  const showMore = useCallback((bucket: ReminderBucket) => {
    setLimits((current) => ({
      ...current,
      [bucket]: (current[bucket] ?? DEFAULT_BUCKET_LIMIT) + DEFAULT_BUCKET_LIMIT,
    }));
  }, []);

  return { buckets, error, reload: load, showMore };
}
