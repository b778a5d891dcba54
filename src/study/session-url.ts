/**
 * A study session lives in the /study page's query string, so a session can
 * be reloaded, bookmarked or sent to a peer:
 *
 *   ?mode=practice&topics=a,b&kinds=technical&order=due&n=10&seed=x
 *   ?mode=practice&ids=3,17,22            (review the ones I missed)
 *   ?mode=mock&seed=x&topics=a,b&n=5&minutes=3
 *
 * No `mode` (or anything malformed enough to be unusable) means "no session":
 * the page shows its setup form.
 */
import { isQuestionKind } from '../../contract/records.ts';
import { MOCK_DEFAULT_COUNT, MOCK_DEFAULT_MINUTES, SESSION_ORDERS, type SessionOrder, type SessionPlan } from './session-options.ts';

const MAX_COUNT = 500;
const MAX_MINUTES = 60;

const list = (value: string | null): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function positiveInteger(value: string | null, max: number): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const number = Number(value);
  return number >= 1 ? Math.min(number, max) : undefined;
}

function minutes(value: string | null): number | undefined {
  if (value === null || !/^\d+(\.\d+)?$/.test(value)) return undefined;
  const number = Number(value);
  return number > 0 ? Math.min(number, MAX_MINUTES) : undefined;
}

const isSeed = (value: string): boolean => /^[a-z0-9]{1,32}$/i.test(value);

export function parseSessionSearch(search: string): SessionPlan | undefined {
  const params = new URLSearchParams(search);
  const mode = params.get('mode');
  const topics = list(params.get('topics')).filter((topic) => /^[a-z0-9-]+$/.test(topic));
  const kinds = list(params.get('kinds')).filter(isQuestionKind);
  const seed = params.get('seed') ?? '';

  if (mode === 'mock') {
    // Without its seed a mock link would not be reproducible: refuse it rather than invent one.
    if (!isSeed(seed)) return undefined;
    return {
      mode,
      topics,
      kinds,
      seed,
      count: positiveInteger(params.get('n'), MAX_COUNT) ?? MOCK_DEFAULT_COUNT,
      minutesPerQuestion: minutes(params.get('minutes')) ?? MOCK_DEFAULT_MINUTES,
    };
  }
  if (mode === 'practice') {
    const order = params.get('order');
    const ids = list(params.get('ids'))
      .map((id) => positiveInteger(id, Number.MAX_SAFE_INTEGER))
      .filter((id): id is number => id !== undefined);
    return {
      mode,
      topics,
      kinds,
      seed: isSeed(seed) ? seed : '',
      order: (SESSION_ORDERS as (string | null)[]).includes(order) ? (order as SessionOrder) : 'source',
      count: positiveInteger(params.get('n'), MAX_COUNT),
      ...(ids.length > 0 ? { questionIds: ids } : {}),
    };
  }
  return undefined;
}

/** The query string for a plan, starting with `?`; parseSessionSearch reads it back to the same plan. */
export function sessionSearch(plan: SessionPlan): string {
  const params = new URLSearchParams({ mode: plan.mode });
  if (plan.mode === 'practice' && plan.questionIds) {
    params.set('ids', plan.questionIds.join(','));
    return `?${params.toString().replaceAll('%2C', ',')}`;
  }
  if (plan.seed) params.set('seed', plan.seed);
  if (plan.topics.length > 0) params.set('topics', plan.topics.join(','));
  if (plan.kinds.length > 0) params.set('kinds', plan.kinds.join(','));
  if (plan.mode === 'practice') {
    params.set('order', plan.order);
    if (plan.count !== undefined) params.set('n', String(plan.count));
  } else {
    params.set('n', String(plan.count));
    params.set('minutes', String(plan.minutesPerQuestion));
  }
  // Commas between topic ids are safe in a query and keep a shared link readable.
  return `?${params.toString().replaceAll('%2C', ',')}`;
}
