/**
 * The search page, /search?q=…&topic=…: every result, topic chips with
 * counts, and a suggestion when nothing matches. The query and topic live in
 * the URL (written as the reader types), so a search can be shared as a link.
 * Without JavaScript it is a form and the list of topics to browse.
 */
import Link from '@docusaurus/Link';
import { useHistory, useLocation } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { SEARCH_PAGE_STEP } from '../../../shared/constants';
import { QUERY_PARAM, readSearchParams, searchString } from '../../../shared/search-url';
import type { SearchOutcome } from '../../../shared/searcher';
import type { TopicLink } from '../../../shared/types';
import Highlighted from '../../Highlighted';
import { useSearchConfig } from '../../useSearchConfig';
import { useSearchEngine } from '../../useSearchEngine';
import { useStateResetOnChange } from '../../useStateResetOnChange';
import styles from './styles.module.css';

const NOT_IN_URL = { query: '', topic: undefined };

function summary(outcome: SearchOutcome, query: string, topicTitle: string | undefined): string {
  const where = topicTitle ? ` in ${topicTitle}` : '';
  if (outcome.total > 0) return `${outcome.total} ${outcome.total === 1 ? 'question matches' : 'questions match'} “${query}”${where}.`;
  return outcome.complete ? `No questions match “${query}”${where}.` : 'Searching the answers…';
}

function TopicList({ topics }: { topics: readonly TopicLink[] }): ReactNode {
  return (
    <ul className={styles.topicList}>
      {topics.map((topic) => (
        <li key={topic.id}>
          <Link to={topic.permalink}>{topic.title}</Link>
        </li>
      ))}
    </ul>
  );
}

export default function SearchPage({ topics }: { topics: readonly TopicLink[] }): ReactNode {
  const { searchPagePath } = useSearchConfig();
  const searchPageUrl = useBaseUrl(searchPagePath);
  const history = useHistory();
  const location = useLocation();
  // The static HTML knows no query string: read it only after hydration, so both renders agree.
  const isBrowser = useIsBrowser();
  const fromUrl = isBrowser ? readSearchParams(location.search) : NOT_IN_URL;
  const engine = useSearchEngine();
  const { searcher, revision, load } = engine;

  const [query, setQuery] = useState(fromUrl.query);
  /**
   * Queries this page wrote to the URL while the reader typed. The router
   * reports each write a moment later; by then the reader may have typed on,
   * so an echo of our own write must not reset the box. Any other change (a
   * shared link, a suggestion, Back) is followed.
   */
  const written = useRef(new Set<string>());
  useEffect(() => {
    if (written.current.has(fromUrl.query)) return;
    written.current.clear();
    setQuery(fromUrl.query);
  }, [fromUrl.query]);
  useEffect(() => load(), [load]);

  const topicTitles = useMemo(() => new Map(topics.map((topic) => [topic.id, topic.title])), [topics]);
  const topic = fromUrl.topic !== undefined && topicTitles.has(fromUrl.topic) ? fromUrl.topic : undefined;
  // A new query or topic shows the first page of results again.
  const [shown, setShown] = useStateResetOnChange(SEARCH_PAGE_STEP, [query, topic]);
  const outcome = useMemo(
    () => (searcher && query.trim() !== '' ? searcher.search({ query, topic, limit: shown }) : undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `revision` changes when the answer index arrives: the same searcher then finds more.
    [searcher, revision, query, topic, shown],
  );

  const writeQuery = (value: string) => {
    setQuery(value);
    written.current.add(value);
    history.replace({ search: searchString({ query: value, topic }) });
  };
  const linkTo = (params: { query: string; topic: string | undefined }) => `${searchPagePath}${searchString(params)}`;
  const trimmed = query.trim();

  return (
    <Layout title={trimmed ? `Search: ${trimmed}` : 'Search'} description="Search the SRE interview questions and their model answers.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Search</Heading>
        <form
          role="search"
          aria-label="Search the questions"
          action={searchPageUrl}
          method="get"
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            writeQuery(query);
          }}>
          <label htmlFor="search-page-query" className={styles.label}>
            Words, abbreviations (SLO, RTO, k8s) or part of a question
          </label>
          <div className={styles.row}>
            <input
              id="search-page-query"
              name={QUERY_PARAM}
              type="search"
              className={styles.input}
              value={query}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => writeQuery(event.target.value)}
              onFocus={load}
            />
            <button type="submit" className="button button--primary">
              Search
            </button>
          </div>
        </form>

        <noscript>
          <p className={styles.notice}>Search runs in your browser and needs JavaScript. You can browse the questions by topic below.</p>
        </noscript>

        {engine.status === 'error' && <p className={styles.notice}>Search could not load. Reload the page to try again.</p>}

        {outcome && (
          <nav aria-label="Filter by topic">
            <ul className={styles.chips}>
              <li>
                <Link to={linkTo({ query: trimmed, topic: undefined })} className={styles.chip} aria-current={topic === undefined ? 'true' : undefined}>
                  All topics <span className={styles.count}>{outcome.totalInAllTopics}</span>
                </Link>
              </li>
              {topics
                .filter((candidate) => (outcome.topicCounts.get(candidate.id) ?? 0) > 0 || candidate.id === topic)
                .map((candidate) => (
                  <li key={candidate.id}>
                    <Link
                      to={linkTo({ query: trimmed, topic: candidate.id })}
                      className={styles.chip}
                      aria-current={candidate.id === topic ? 'true' : undefined}>
                      {candidate.title} <span className={styles.count}>{outcome.topicCounts.get(candidate.id) ?? 0}</span>
                    </Link>
                  </li>
                ))}
            </ul>
          </nav>
        )}

        <div role="status" className={styles.summary}>
          {outcome && summary(outcome, trimmed, topic && topicTitles.get(topic))}
          {trimmed !== '' && !outcome && engine.status !== 'error' && isBrowser && 'Loading search…'}
        </div>

        {outcome?.suggestion?.kind === 'spelling' && (
          <p className={styles.suggestion}>
            Did you mean <Link to={linkTo({ query: outcome.suggestion.query, topic })}>{outcome.suggestion.query}</Link>?
          </p>
        )}
        {outcome?.suggestion?.kind === 'other-topics' && (
          <p className={styles.suggestion}>
            <Link to={linkTo({ query: trimmed, topic: undefined })}>
              See {outcome.suggestion.total} {outcome.suggestion.total === 1 ? 'result' : 'results'} in all topics
            </Link>
            .
          </p>
        )}
        {outcome && outcome.total === 0 && outcome.complete && outcome.suggestion === undefined && (
          <div className={styles.suggestion}>
            <p>Try fewer or different words, or browse a topic:</p>
            <TopicList topics={topics} />
          </div>
        )}

        {outcome && outcome.hits.length > 0 && (
          <ol className={styles.results}>
            {outcome.hits.map((hit) => (
              <li key={hit.question.id} className={styles.result}>
                <Heading as="h2" className={styles.resultTitle}>
                  <Link to={hit.question.url}>
                    <Highlighted segments={hit.title} />
                  </Link>
                </Heading>
                <ul className={styles.badges} aria-label="Topics">
                  {hit.question.topics.map((id) => (
                    <li key={id}>{topicTitles.get(id)}</li>
                  ))}
                </ul>
                {hit.excerpt && (
                  <p className={styles.excerpt}>
                    <Highlighted segments={hit.excerpt} />
                  </p>
                )}
              </li>
            ))}
          </ol>
        )}
        {outcome && outcome.total > outcome.hits.length && (
          <button type="button" className="button button--secondary" onClick={() => setShown((count) => count + SEARCH_PAGE_STEP)}>
            Show {Math.min(SEARCH_PAGE_STEP, outcome.total - outcome.hits.length)} more of {outcome.total - outcome.hits.length}
          </button>
        )}

        {trimmed === '' && (
          <div>
            <p>Or browse the questions by topic:</p>
            <TopicList topics={topics} />
          </div>
        )}
      </main>
    </Layout>
  );
}
