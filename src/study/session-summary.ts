/**
 * The end-of-session summary: per topic, how many questions the reader knew,
 * had to answer Again, or skipped, and which ones to go over again.
 */
import { isPassingGrade, type Grade } from './progress.ts';

export interface TopicSummary {
  readonly topic: string;
  /** Graded Hard, Good or Easy. */
  readonly knew: number;
  /** Graded Again. */
  readonly review: number;
  readonly skipped: number;
}

export interface SessionSummary {
  /** Topics in the order their first question came up in the session. */
  readonly topics: readonly TopicSummary[];
  /** Questions graded Again, in session order. */
  readonly missed: readonly number[];
}

export function summariseSession(sessionIds: readonly number[], grades: ReadonlyMap<number, Grade>, topicOf: (questionId: number) => string): SessionSummary {
  const byTopic = new Map<string, { knew: number; review: number; skipped: number }>();
  for (const id of sessionIds) {
    const topic = topicOf(id);
    const counts = byTopic.get(topic) ?? { knew: 0, review: 0, skipped: 0 };
    const grade = grades.get(id);
    if (grade === undefined) counts.skipped += 1;
    else if (isPassingGrade(grade)) counts.knew += 1;
    else counts.review += 1;
    byTopic.set(topic, counts);
  }
  return {
    topics: [...byTopic].map(([topic, counts]) => ({ topic, ...counts })),
    missed: sessionIds.filter((id) => grades.get(id) === 'again'),
  };
}
