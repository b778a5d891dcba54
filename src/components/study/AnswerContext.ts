import { createContext } from 'react';

/** What an answer's key points (its bullets) need from the answer around them: the self-check state. */
export interface KeyPointCheck {
  readonly covered: ReadonlySet<number>;
  toggle(point: number): void;
}

/** Undefined outside an answer, and while the self-check is off (read mode, or the answer is hidden). */
export const KeyPointCheckContext = createContext<KeyPointCheck | undefined>(undefined);
