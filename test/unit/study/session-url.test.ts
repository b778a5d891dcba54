import { describe, expect, it } from 'vitest';
import { MOCK_DEFAULT_COUNT, MOCK_DEFAULT_MINUTES, type SessionPlan } from '../../../src/study/session-options.ts';
import { parseSessionSearch, sessionSearch } from '../../../src/study/session-url.ts';

describe('session URLs', () => {
  it.each<[string, SessionPlan]>([
    ['a practice session', { mode: 'practice', topics: ['slos', 'incidents'], kinds: ['technical'], seed: 'x9', order: 'due', count: 10 }],
    ['a practice session of everything', { mode: 'practice', topics: [], kinds: [], seed: '', order: 'source', count: undefined }],
    ['a mock interview', { mode: 'mock', topics: ['slos'], kinds: [], seed: 'k3x9ab', count: 4, minutesPerQuestion: 2.5 }],
    ['a review of missed questions', { mode: 'practice', topics: [], kinds: [], seed: '', order: 'source', count: undefined, questionIds: [17, 3, 22] }],
  ])('reads back %s exactly', (_, plan) => {
    expect(parseSessionSearch(sessionSearch(plan))).toEqual(plan);
  });

  it('keeps topic lists readable in a shared link', () => {
    const search = sessionSearch({ mode: 'mock', topics: ['slos', 'incidents'], kinds: [], seed: 'abc', count: 5, minutesPerQuestion: 3 });
    expect(search).toBe('?mode=mock&seed=abc&topics=slos,incidents&n=5&minutes=3');
  });

  it('reads the documented mock link, with defaults for what it leaves out', () => {
    expect(parseSessionSearch('?mode=mock&seed=abc&topics=slos')).toEqual({
      mode: 'mock',
      topics: ['slos'],
      kinds: [],
      seed: 'abc',
      count: MOCK_DEFAULT_COUNT,
      minutesPerQuestion: MOCK_DEFAULT_MINUTES,
    });
  });

  it('is no session without a mode, and no mock interview without a seed', () => {
    expect(parseSessionSearch('')).toBeUndefined();
    expect(parseSessionSearch('?topics=slos')).toBeUndefined();
    expect(parseSessionSearch('?mode=exam')).toBeUndefined();
    expect(parseSessionSearch('?mode=mock&topics=slos&n=3')).toBeUndefined();
    expect(parseSessionSearch('?mode=mock&seed=%3Cscript%3E')).toBeUndefined();
  });

  it('ignores values it cannot use instead of failing', () => {
    expect(parseSessionSearch('?mode=practice&order=sideways&n=-3&kinds=funny,technical&topics=ok,<b>&ids=4,x,0')).toEqual({
      mode: 'practice',
      topics: ['ok'],
      kinds: ['technical'],
      seed: '',
      order: 'source',
      count: undefined,
      questionIds: [4],
    });
  });

  it('caps absurd counts and times', () => {
    const plan = parseSessionSearch('?mode=mock&seed=a&n=100000&minutes=9999');
    expect(plan).toMatchObject({ count: 500, minutesPerQuestion: 60 });
  });
});
