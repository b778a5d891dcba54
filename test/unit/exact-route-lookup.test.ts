/**
 * The direct route lookup must pick the route react-router's own walk (matchPath over the list, first match wins)
 * would pick, or give up. react-router's matchPath is the independent truth here, over written-down pathnames.
 */
import { matchPath } from 'react-router';
import { describe, expect, it } from 'vitest';
import { exactRouteFor } from '../../src/routing/exact-route-lookup.ts';

interface Route {
  readonly path: string;
  readonly exact?: boolean;
  readonly name: string;
}

const docs: Route[] = [
  { path: '/guides/slo-math', exact: true, name: 'guide' },
  { path: '/questions/error-budget', exact: true, name: 'error budget' },
  { path: '/questions/error-budget-2', exact: true, name: 'error budget 2' },
  { path: '/questions/Error-Budget', exact: true, name: 'same path, other case' },
  { path: '/topics/slo', exact: true, name: 'topic' },
  { path: '/', exact: true, name: 'root' },
];

/** What a `<Switch>` renders: the first route whose path matches. */
const walk = (routes: readonly Route[], pathname: string) => routes.find((route) => matchPath(pathname, route))?.name;

const pathnames = [
  '/questions/error-budget',
  '/questions/error-budget/',
  '/questions/ERROR-BUDGET',
  '/questions/error-budget-2',
  '/guides/slo-math',
  '/topics/slo/',
  '/',
];

describe('exactRouteFor', () => {
  it('finds the route the router’s walk finds, for every written-down pathname', () => {
    for (const pathname of pathnames) {
      expect(walk(docs, pathname), `the walk finds a route for ${pathname}`).toBeDefined();
      expect(exactRouteFor(docs, pathname)?.name, pathname).toBe(walk(docs, pathname));
    }
    // Two paths that differ only in case: the first in the list wins, in both.
    expect(exactRouteFor(docs, '/questions/Error-Budget')?.name).toBe('error budget');
  });

  it('finds nothing where the walk finds nothing (negative controls)', () => {
    for (const pathname of ['/questions/error-budget-3', '/questions/error-budget//', '/questions', '/questions/error-budget/extra']) {
      expect(walk(docs, pathname), pathname).toBeUndefined();
      expect(exactRouteFor(docs, pathname), pathname).toBeUndefined();
    }
  });

  it('leaves a list with a route matched by pattern to the router', () => {
    for (const odd of [
      { path: '/questions/:slug', exact: true, name: 'parameter' },
      { path: '/questions/*', exact: true, name: 'wildcard' },
      { path: '/questions', name: 'not exact: matches everything below it' },
      { path: '/questions/ümlaut', exact: true, name: 'not ASCII' },
    ]) {
      const routes = [odd, ...docs];
      expect(exactRouteFor(routes, '/questions/error-budget'), odd.name).toBeUndefined();
    }
  });

  it('answers for the first and the last route of a long list', () => {
    const many = Array.from({ length: 5000 }, (_, index) => ({ path: `/questions/q-${index}`, exact: true, name: `q ${index}` }));
    expect(exactRouteFor(many, '/questions/q-4999')?.name).toBe('q 4999');
    expect(exactRouteFor(many, '/questions/q-0')?.name).toBe('q 0');
    expect(exactRouteFor(many, '/questions/q-5000')).toBeUndefined();
  });
});
