/**
 * The topic filter applies after ranking and before the limit (flexsearch's
 * own tag filter runs after its limit and would lose results), and the chip
 * counts cover every result of the query.
 */
import { describe, expect, it } from 'vitest';
import { question, searcherFor, titles } from '../../helpers/search.ts';

// Many strong reliability matches, then one weak delivery match.
const reliability = Array.from({ length: 12 }, (_, index) =>
  question(`Incident review number ${index}`, 'Incident timeline and incident actions.', { primaryTopic: 'reliability' }),
);
const delivery = question('Shipping safely', 'Sometimes a release causes an incident.', { primaryTopic: 'delivery' });
const both = question('Incident during a deploy', 'Roll back first.', { primaryTopic: 'delivery', secondaryTopics: ['reliability'] });
const searcher = searcherFor([...reliability, delivery, both]);

describe('topic filter', () => {
  it('finds a topic’s results even when they rank below the limit overall', () => {
    expect(titles(searcher, 'incident', { limit: 3 })).not.toContain(delivery.title);
    expect(titles(searcher, 'incident', { topic: 'delivery', limit: 3 })).toEqual([both.title, delivery.title]);
  });

  it('counts a question in its primary topic and in the topics it also touches on', () => {
    const outcome = searcher.search({ query: 'incident', topic: 'delivery', limit: 1 });
    expect(outcome.topicCounts).toEqual(
      new Map([
        ['reliability', reliability.length + 1],
        ['delivery', 2],
      ]),
    );
    expect(outcome.total).toBe(2);
    expect(outcome.totalInAllTopics).toBe(reliability.length + 2);
    expect(outcome.hits).toHaveLength(1);
  });

  it('ignores an unknown topic by finding nothing in it, and says where the results are', () => {
    const outcome = searcher.search({ query: 'incident', topic: 'no-such-topic' });
    expect(outcome.hits).toEqual([]);
    expect(outcome.suggestion).toEqual({ kind: 'other-topics', total: reliability.length + 2 });
  });
});
