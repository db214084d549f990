import { useEffect, useState } from 'react';

/**
 * The current time as state, refreshed every `refreshEvery` ms. Renders stay pure (React's rules forbid
 * reading the clock while rendering), and labels such as "Today 15:00" or "overdue by 2 hours" keep up.
 */
export function useNow(refreshEvery = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), refreshEvery);
    return () => clearInterval(timer);
  }, [refreshEvery]);
  return now;
}
