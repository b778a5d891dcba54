/**
 * The navbar search box: a WAI-ARIA combobox (an input controlling a listbox
 * of options), with the first option selected automatically.
 *
 * Arrow keys move through the options, Enter opens the selected question (or
 * the search page when nothing matches), Escape closes the list and then
 * clears the box; "/", Ctrl+K and ⌘K focus it from anywhere. The engine loads
 * when the box is hovered or focused. Without JavaScript it is a plain form
 * that opens the search page.
 *
 * The input is type="text", not "search": HTML allows role="combobox" and
 * aria-expanded on a text input only (the W3C checker rejects both on a search
 * input). inputMode and enterKeyHint keep the search keyboard on phones.
 */
import Link from '@docusaurus/Link';
import clsx from 'clsx';
import { useHistory } from '@docusaurus/router';
import useBaseUrl, { useBaseUrlUtils } from '@docusaurus/useBaseUrl';
import { type FormEvent, type KeyboardEvent, type ReactNode, useId, useMemo, useRef, useState } from 'react';
import { moveActiveOption } from '../../../shared/keyboard';
import type { SearchHit } from '../../../shared/searcher';
import { QUERY_PARAM, searchString } from '../../../shared/search-url';
import Highlighted from '../../Highlighted';
import { useSearchConfig } from '../../useSearchConfig';
import { useSearchEngine } from '../../useSearchEngine';
import { useSearchShortcut } from '../../useSearchShortcut';
import { useStateResetOnChange } from '../../useStateResetOnChange';
import styles from './styles.module.css';

export default function SearchBar(): ReactNode {
  const { searchPagePath, navbarResults } = useSearchConfig();
  const searchPageUrl = useBaseUrl(searchPagePath);
  const { withBaseUrl } = useBaseUrlUtils();
  const history = useHistory();
  const engine = useSearchEngine();
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const listboxId = `${id}-results`;
  const optionId = (index: number) => `${id}-result-${index}`;

  const [query, setQuery] = useState('');
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);

  const { searcher, revision } = engine;
  const outcome = useMemo(
    () => (searcher && query.trim() !== '' ? searcher.search({ query, limit: navbarResults }) : undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `revision` changes when the answer index arrives: the same searcher then finds more.
    [searcher, revision, query, navbarResults],
  );
  const hits = outcome?.hits ?? [];
  const topicTitles = useMemo(() => new Map(searcher?.topics.map((topic) => [topic.id, topic.title])), [searcher]);
  // New results select their first option again.
  const [active, setActive] = useStateResetOnChange(hits.length > 0 ? 0 : -1, [outcome]);

  useSearchShortcut(input, engine.load);

  // Open while the box has focus and a query, until Escape or a choice dismisses it; it then shows results or why there are none.
  const expanded = focused && !dismissed && query.trim() !== '';
  const fullResultsPath = `${searchPagePath}${searchString({ query, topic: undefined })}`;

  const openQuestion = (hit: SearchHit) => {
    setDismissed(true);
    input.current?.blur();
    history.push(withBaseUrl(hit.question.url));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setDismissed(false);
      setActive((current) => moveActiveOption(current, hits.length, event.key === 'ArrowDown' ? 'next' : 'previous'));
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (expanded) setDismissed(true);
      else setQuery('');
    } else if (event.key === 'Enter' && expanded && active >= 0 && hits[active]) {
      event.preventDefault();
      openQuestion(hits[active]);
    }
  };

  // With JavaScript, Enter without a selected result opens the search page in the app.
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDismissed(true);
    history.push(withBaseUrl(fullResultsPath));
  };

  let status: string;
  if (engine.status === 'error') status = 'Search could not load. Reload the page to try again.';
  else if (!outcome) status = query.trim() === '' ? '' : 'Loading search…';
  else if (hits.length === 0) status = outcome.complete ? `No questions match “${query.trim()}”.` : 'Searching the answers…';
  else status = `${outcome.total} ${outcome.total === 1 ? 'question matches' : 'questions match'}.`;

  return (
    <form
      role="search"
      aria-label="Site search"
      action={searchPageUrl}
      method="get"
      className={styles.searchBox}
      onSubmit={onSubmit}
      onMouseEnter={engine.load}>
      <label htmlFor={`${id}-input`} className="sr-only">
        Search questions
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        name={QUERY_PARAM}
        type="text"
        inputMode="search"
        enterKeyHint="search"
        className={clsx('navbar__search-input', styles.input)}
        placeholder="Search"
        autoComplete="off"
        spellCheck={false}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-keyshortcuts="/ Control+K Meta+K"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setDismissed(false);
        }}
        onFocus={() => {
          engine.load();
          setFocused(true);
        }}
        onBlur={() => setFocused(false)}
        onKeyDown={onKeyDown}
      />
      <kbd className={styles.shortcutHint} aria-hidden="true">
        /
      </kbd>
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions -- not an interaction: clicks inside must not blur the input, or the list would close before the click lands. */}
      <div className={styles.popup} hidden={!expanded} onMouseDown={(event) => event.preventDefault()}>
        <ul role="listbox" id={listboxId} aria-label="Questions" className={styles.options}>
          {expanded &&
            hits.map((hit, index) => (
              // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- the keyboard chooses options from the input (aria-activedescendant, the WAI-ARIA combobox pattern): options never take focus.
              <li
                key={hit.question.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={styles.option}
                onMouseMove={() => setActive(() => index)}
                onClick={() => openQuestion(hit)}>
                <span className={styles.optionTitle}>
                  <Highlighted segments={hit.title} />
                </span>
                <span className={styles.badge}>{topicTitles.get(hit.question.topics[0] ?? '')}</span>
                {hit.excerpt && (
                  <span className={styles.snippet}>
                    <Highlighted segments={hit.excerpt} />
                  </span>
                )}
              </li>
            ))}
        </ul>
        {expanded && (
          <p className={styles.footer}>
            <span>{hits.length === 0 ? status : null}</span>
            <Link to={fullResultsPath} onClick={() => setDismissed(true)}>
              {outcome && outcome.total > hits.length ? `All ${outcome.total} results` : 'Search page'}
            </Link>
          </p>
        )}
      </div>
      <span role="status" className="sr-only">
        {focused ? status : ''}
      </span>
    </form>
  );
}
