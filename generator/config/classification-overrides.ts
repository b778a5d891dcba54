import type { ClassificationOverride } from '../taxonomy.ts';

/**
 * Per-question corrections to the keyword classifier (topics.ts) and the
 * behavioural/technical rule (question-kinds.ts).
 *
 * An override applies to the question whose title starts with
 * `titleStartsWith`, so renumbering the source never moves it to another
 * question. One that matches no question is reported by the generator as
 * stale. Give every entry a reason. `npm run generate -- --verbose` prints
 * each question's scores, so a wrong call is easy to spot.
 */
export const classificationOverrides: readonly ClassificationOverride[] = [
  {
    titleStartsWith: 'How do you decide whether a reliability problem',
    primary: 'sre-culture',
    secondary: ['resilient-design'],
    reason: 'Choosing between engineering, process and capacity is core SRE judgement; the capacity words pull it to design.',
  },
  {
    titleStartsWith: 'If you joined our team',
    primary: 'incident-response',
    secondary: ['observability', 'sre-culture'],
    reason: 'A first-90-days plan for frequent incidents; noisy alerts are one symptom among several.',
  },
  {
    titleStartsWith: 'How do you handle disagreements',
    primary: 'sre-culture',
    secondary: ['slos-error-budgets'],
    kind: 'behavioural',
    reason: 'About working with people and negotiating risk, asked for an example from experience.',
  },
  {
    titleStartsWith: 'How do you determine whether an incident is caused by',
    primary: 'troubleshooting',
    secondary: ['incident-response'],
    reason: 'A fault-isolation method; "dependency" words pull it to resilient design.',
  },
  {
    titleStartsWith: 'How do you mentor software engineers',
    primary: 'sre-culture',
    reason: 'About mentoring and scaling reliability habits; the alerting example is incidental.',
  },
];
