import { createContext, useMemo, useState } from 'react';

/** What an answer's key points (its bullets) need from the answer around them: the self-check state. */
export interface KeyPointCheck {
  readonly covered: ReadonlySet<number>;
  toggle(point: number): void;
}

/** Undefined outside an answer, and while the self-check is off (read mode, or the answer is hidden). */
export const KeyPointCheckContext = createContext<KeyPointCheck | undefined>(undefined);

/** The self-check state of one answer: which key points (1-based) the reader ticked. */
export function useKeyPointCheck(): KeyPointCheck {
  const [covered, setCovered] = useState<ReadonlySet<number>>(new Set());
  return useMemo(
    () => ({
      covered,
      toggle: (point: number) =>
        setCovered((previous) => {
          const updated = new Set(previous);
          if (!updated.delete(point)) updated.add(point);
          return updated;
        }),
    }),
    [covered],
  );
}
