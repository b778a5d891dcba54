/**
 * Matching and ranking, on small indexes built for each rule, through the
 * same build → export → import path as the site.
 */
import { describe, expect, it } from 'vitest';
import { question, searcherFor, titles } from '../../helpers/search.ts';

describe('ranking', () => {
  it('puts a title match above an answer match', () => {
    // First word of the answer, so only the field tells the two apart.
    const inAnswer = question('How do you keep services healthy?', 'Canary releases, mostly.');
    const inTitle = question('When is a canary release enough?', 'It depends on traffic.');
    expect(titles(searcherFor([inAnswer, inTitle]), 'canary')).toEqual([inTitle.title, inAnswer.title]);
  });

  it('lists a page once however many of its fields match', () => {
    const everywhere = question('Canary analysis', 'A canary compares a canary group with a baseline.', { keywords: ['canary'] });
    const results = searcherFor([everywhere, question('Unrelated', 'Nothing here.')]).search({ query: 'canary analysis' }).hits;
    expect(results.map((hit) => hit.question.id)).toEqual([everywhere.id]);
  });

  it('puts pages with every word of a query first, even above a title match of one word, then the others', () => {
    const oneInTitle = question('Database internals', 'Tables and indexes.');
    const bothInAnswer = question('Keeping data safe', 'Test database failover regularly.');
    const none = question('Team culture', 'Be kind.');
    expect(titles(searcherFor([oneInTitle, bothInAnswer, none]), 'database failover')).toEqual([bothInAnswer.title, oneInTitle.title]);
  });

  it('still answers when one word of the query matches nothing', () => {
    const page = question('Chaos engineering in practice', 'Inject failures on purpose.');
    expect(titles(searcherFor([page, question('Other', 'Text.')]), 'chaos zzyzx')).toEqual([page.title]);
  });

  it('ranks an exact word above a completion of it', () => {
    const exact = question('The cost of an incident', 'Incidents cost money.');
    const longer = question('Incidentally, a different question', 'Nothing more.');
    expect(titles(searcherFor([longer, exact]), 'incident')[0]).toBe(exact.title);
  });
});

describe('matching', () => {
  const crashloop = question('Why does the pod restart?', 'It is in CrashLoopBackOff after an OOMKilled event.');
  const alerts = question('Designing alerts', 'Alerts should be actionable.');
  const k8s = question('Running Kubernetes in production', 'Clusters, nodes and pods.');
  const postmortem = question('Writing a postmortem', 'Blameless and specific.');
  const freshness = question('Data freshness SLIs', 'How old is the data?');
  const searcher = searcherFor([crashloop, alerts, k8s, postmortem, freshness, question('Unrelated', 'Nothing.')]);

  it('completes the word being typed: "crashloop" finds CrashLoopBackOff', () => {
    expect(titles(searcher, 'crashloop')).toEqual([crashloop.title]);
  });

  it('completes a cut-off word anywhere in the query, when it is long enough', () => {
    expect(titles(searcher, 'crashloop pod')[0]).toBe(crashloop.title);
  });

  it('does not complete short finished words: "free trial" does not find "freshness"', () => {
    expect(titles(searcher, 'free trial')).not.toContain(freshness.title);
    expect(titles(searcher, 'fresh')).toContain(freshness.title);
  });

  it('matches other forms of a word: "alerting" finds "alerts"', () => {
    expect(titles(searcher, 'alerting')).toEqual([alerts.title]);
  });

  it.each([
    ['kubernets', k8s],
    ['postmortum', postmortem],
    ['kubernetis', k8s],
  ])('tolerates the typo "%s"', (typo, expected) => {
    expect(titles(searcher, typo)[0]).toBe(expected.title);
  });

  it('does not correct short words, where a typo is indistinguishable from another word', () => {
    expect(titles(searcher, 'pad')).toEqual([]);
  });

  it('searches only titles and topics in the question scope, and shows no answer text there', () => {
    expect(titles(searcher, 'actionable', { scope: 'question' })).toEqual([]);
    expect(titles(searcher, 'actionable')).toEqual([alerts.title]);
    const hit = searcher.search({ query: 'alerts', scope: 'question' }).hits[0]!;
    expect(hit.excerpt).toBeUndefined();
    expect(
      searcher
        .search({ query: 'alerts' })
        .hits[0]!.excerpt?.map((segment) => segment.text)
        .join(''),
    ).toBe(alerts.answer);
  });
});

describe('before the answers file arrives', () => {
  const page = question('Designing alerts', 'Use a runbook for each one.');
  const searcher = searcherFor([page], undefined, { withAnswers: false });

  it('answers from titles and topics, says it is incomplete, and offers no suggestion yet', () => {
    expect(titles(searcher, 'alerts')).toEqual([page.title]);
    const pending = searcher.search({ query: 'runbook' });
    expect(pending.hits).toEqual([]);
    expect(pending.complete).toBe(false);
    expect(pending.suggestion).toBeUndefined();
  });
});

describe('suggestions when nothing matches', () => {
  const rto = question('Choosing recovery time objectives', 'RTO and RPO.', { primaryTopic: 'reliability' });
  const canary = question('Canary releases', 'Ship to a few first.', { primaryTopic: 'delivery' });
  const searcher = searcherFor([rto, canary]);

  it('points to other topics when the chosen topic has no result', () => {
    const outcome = searcher.search({ query: 'canary', topic: 'reliability' });
    expect(outcome.hits).toEqual([]);
    expect(outcome.suggestion).toEqual({ kind: 'other-topics', total: 1 });
  });

  it('offers a respelling, from the words of the titles, that finds something', () => {
    // Two edits in six letters: too far for the search to correct on its own.
    const outcome = searcher.search({ query: 'recvry' });
    expect(outcome.hits).toEqual([]);
    expect(outcome.suggestion).toEqual({ kind: 'spelling', query: 'recovery' });
    expect(titles(searcher, 'recovery')).toEqual([rto.title]);
  });

  it('offers nothing for gibberish', () => {
    expect(searcher.search({ query: 'qwxz' }).suggestion).toBeUndefined();
  });
});
