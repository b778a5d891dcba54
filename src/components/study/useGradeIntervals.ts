import { useEffect, useState } from 'react';
import { progressStore } from '@site/src/study/browser/progress-store';
import type { Grade, QuestionProgress } from '@site/src/study/progress';

/**
 * When the question would come back after each grade, for the grade buttons.
 * Loads the scheduler when grading is offered (after a reveal), never before:
 * reading a page does not download it. Undefined until it has loaded.
 */
export function useGradeIntervals(entry: QuestionProgress | undefined, enabled: boolean): Record<Grade, number> | undefined {
  const [intervals, setIntervals] = useState<Record<Grade, number>>();
  useEffect(() => {
    if (!enabled) return undefined;
    let current = true;
    progressStore.loadScheduler().then(
      (scheduler) => {
        if (current) setIntervals(scheduler.intervalsByGrade(entry, new Date()));
      },
      // The buttons still work without intervals; grading reports a failed load itself.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [entry, enabled]);
  return enabled ? intervals : undefined;
}
