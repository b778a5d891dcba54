import { useEffect } from 'react';
import type { Grade } from '@site/src/study/progress';
import { GRADE_KEYS } from './GradeButtons';
import { isTextEntry } from '@site/src/keyboard/text-entry';
import { hasModifier, isActivatable } from './keyboard';

const GRADE_FOR_KEY: ReadonlyMap<string, Grade> = new Map(Object.entries(GRADE_KEYS).map(([grade, key]) => [key, grade as Grade]));

export function gradeForKey(key: string): Grade | undefined {
  return GRADE_FOR_KEY.get(key);
}

/**
 * A question page has one answer, so its shortcuts work wherever focus is:
 * Space or Enter reveals it, then 1 to 4 grade it (Again, Hard, Good, Easy). Keys meant for something
 * else (a focused control, a text field, a browser shortcut) are left alone.
 */
export function useAnswerShortcuts(options: { enabled: boolean; revealed: boolean; reveal: () => void; grade: (grade: Grade) => void }): void {
  const { enabled, revealed, reveal, grade } = options;
  useEffect(() => {
    if (!enabled) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || hasModifier(event) || isTextEntry(event.target)) return;
      const chosen = gradeForKey(event.key);
      if (!revealed && (event.key === ' ' || event.key === 'Enter') && !isActivatable(event.target)) {
        event.preventDefault();
        reveal();
      } else if (revealed && chosen) {
        event.preventDefault();
        grade(chosen);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled, revealed, reveal, grade]);
}
