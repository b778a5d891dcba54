/**
 * The text rules shared by the index and the queries: what a reader types
 * must meet what the page says, and flexsearch's Encoder (used to build the
 * index) must cut text exactly as analyze() (used for queries) does.
 */
import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../../tooling/search-eval/search-corpus.ts';
import { analyze, stems } from '../../../src/plugins/search/shared/analyze.ts';
import { compoundWords } from '../../../src/plugins/search/shared/config/synonyms.ts';
import { createEncoder } from '../../../src/plugins/search/shared/encoder.ts';

const same = (...texts: string[]) => new Set(texts.map((text) => stems(text).join(' '))).size === 1;

describe('word forms', () => {
  it.each([
    ['alert', 'alerts', 'alerting', 'alerted'],
    ['page', 'pages', 'paging', 'paged'],
    ['deploy', 'deploys', 'deployed', 'deploying', 'deployment'],
    ['retry', 'retries', 'retried', 'retrying'],
    ['scale', 'scales', 'scaled', 'scaling'],
    ['canary', 'canaries'],
    ['SLO', 'SLOs', 'slos'],
    ['API', 'APIs'],
    ['plan', 'plans', 'planned', 'planning'],
  ])('%s and its forms meet', (...forms) => {
    expect(same(...forms), forms.map((form) => `${form} → ${stems(form).join(' ')}`).join(', ')).toBe(true);
  });

  it.each([
    ['fail', 'failure'],
    ['status', 'state'],
    ['analysis', 'analyse'],
  ])('%s and %s stay apart', (first, second) => {
    expect(same(first, second)).toBe(false);
  });

  it('keeps short words and codes as written', () => {
    expect(stems('k8s p99 5xx sre use')).toEqual(['k8s', 'p99', '5xx', 'sre', 'use']);
  });
});

describe('normalisation', () => {
  it('ignores case and accents', () => {
    expect(same('Crème Brûlée', 'creme brulee')).toBe(true);
  });

  it('drops stopwords, so question phrasing does not dilute a query', () => {
    expect(stems('How do you reduce alert fatigue?')).toEqual(stems('reduce alert fatigue'));
  });

  it.each(compoundWords)('treats every spelling of "%s" as one word', (compound) => {
    const [first, second] = compound.split(' ');
    const spellings = [`${first} ${second}`, `${first}-${second}`, `${first}${second}`, `${first}/${second}`, `${first!.toUpperCase()} ${second}`];
    expect(spellings.map((spelling) => stems(spelling))).toEqual(spellings.map(() => [stems(`${first}${second}`)[0]]));
  });

  it('joins a compound only as whole words', () => {
    expect(stems('oncallback')).toEqual(['oncallback']);
    expect(stems('put on calls')).toEqual(['put', 'oncall']);
  });

  it('keeps the surface form (for prefixes) next to the stem', () => {
    expect(analyze('Alerting on-call')).toEqual([
      { surface: 'alerting', stem: 'alert' },
      { surface: 'oncall', stem: 'oncall' },
    ]);
  });
});

describe('the flexsearch encoder that builds the index', () => {
  const encoder = createEncoder();

  it('produces the same terms as analyze() on every question of the site', () => {
    for (const question of realCorpus().questions) {
      for (const text of [question.title, question.answer]) {
        expect(new Set(encoder.encode(text)), text.slice(0, 60)).toEqual(new Set(stems(text)));
      }
    }
  });

  it('applies the project rules, not flexsearch defaults (a `charset` option would be ignored)', () => {
    expect(encoder.encode('The on-call engineers were paging about CrashLoopBackOff')).toEqual(['oncall', 'engineer', 'pag', 'crashloopbackoff']);
  });
});
