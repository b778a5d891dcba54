import { useEffect, useState } from 'react';

/** The current time, refreshed every `intervalMs` while `running`. */
export function useNow(intervalMs: number, running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return undefined;
    const tick = () => setNow(Date.now());
    // Running again after a pause: catch up at once instead of showing the paused time for a whole interval.
    const catchUp = setTimeout(tick, 0);
    const timer = setInterval(tick, intervalMs);
    return () => {
      clearTimeout(catchUp);
      clearInterval(timer);
    };
  }, [intervalMs, running]);
  return now;
}
