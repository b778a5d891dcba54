/**
 * The mock interview's per-question countdown. Remaining time is computed from
 * when the question appeared, not by counting ticks, so a throttled
 * background tab still shows the right time when it comes back.
 */
export function remainingMs(startedAt: number, now: number, limitMs: number): number {
  return Math.max(0, limitMs - (now - startedAt));
}

/** "2:05": minutes and seconds, rounded up so the clock reads 0:00 only when time is up. */
export function formatClock(ms: number): string {
  const totalSeconds = Math.ceil(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** The same time in words, for screen readers: "2 minutes 5 seconds left". */
export function describeRemaining(ms: number): string {
  const totalSeconds = Math.ceil(ms / 1000);
  if (totalSeconds === 0) return 'Time is up';
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  const parts = [
    ...(minutes > 0 ? [`${minutes} minute${minutes === 1 ? '' : 's'}`] : []),
    ...(seconds > 0 ? [`${seconds} second${seconds === 1 ? '' : 's'}`] : []),
  ];
  return `${parts.join(' ')} left`;
}
