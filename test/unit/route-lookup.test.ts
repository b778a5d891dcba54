/**
 * The route-lookup plugin's matchRoutes must return what react-router-config's own returns (the independent truth
 * here), for a route table shaped like the site's: pages, the /quiz parent with a route per question, the docs' three
 * nested roots with a route per doc, and the catch-all.
 */
import { matchRoutes as originalMatchRoutes, type RouteConfig } from 'react-router-config';
import { describe, expect, it } from 'vitest';
import { matchRoutes } from '../../src/plugins/route-lookup/client/react-router-config.ts';

const page = (path: string): RouteConfig => ({ path, exact: true });
const questions = Array.from({ length: 300 }, (_, index) => page(`/questions/q-${index}`));
const routes: RouteConfig[] = [
  page('/print/all'),
  page('/search'),
  { path: '/quiz', exact: false, routes: Array.from({ length: 300 }, (_, index) => page(`/quiz/q-${index}`)) },
  page('/'),
  {
    path: '/',
    exact: false,
    routes: [{ path: '/', exact: false, routes: [{ path: '/', exact: false, routes: [page('/guides/slo-math'), ...questions, page('/topics/slo')] }] }],
  },
  { path: '*' },
];

/** The matched routes' paths and each match's url and isExact: what Docusaurus reads from the branch. */
const summary = (branch: ReturnType<typeof originalMatchRoutes>) =>
  branch.map(({ route, match }) => ({
    route: routes.includes(route) ? `top ${String(route.path)}` : String(route.path),
    url: match.url,
    isExact: match.isExact,
  }));

describe('matchRoutes by lookup', () => {
  const pathnames = ['/questions/q-0', '/questions/q-299', '/questions/Q-150/', '/quiz/q-7', '/quiz/q-7/', '/', '/search', '/topics/slo', '/guides/slo-math'];

  it('returns the branch react-router-config returns, for pages found by lookup', () => {
    for (const pathname of pathnames) {
      const expected = summary(originalMatchRoutes(routes, pathname));
      expect(expected.at(-1)?.isExact, `${pathname} is a page of the table`).toBe(true);
      expect(summary(matchRoutes(routes, pathname)), pathname).toEqual(expected);
    }
  });

  it('walks as before where the lookup finds nothing (negative controls: no page matches these)', () => {
    for (const pathname of ['/questions/q-300', '/quiz/unknown', '/questions/q-1/extra', '/nowhere']) {
      const expected = summary(originalMatchRoutes(routes, pathname));
      expect(
        expected.some(({ isExact, route }) => isExact && route !== 'top *'),
        pathname,
      ).toBe(false);
      expect(summary(matchRoutes(routes, pathname)), pathname).toEqual(expected);
    }
  });

  it('walks a list with a route matched by pattern, so an earlier pattern still wins', () => {
    const withParameter: RouteConfig[] = [{ path: '/questions/:slug', exact: true }, ...questions];
    const expected = originalMatchRoutes(withParameter, '/questions/q-5');
    expect(expected[0]?.route.path).toBe('/questions/:slug');
    expect(matchRoutes(withParameter, '/questions/q-5').map(({ route }) => route.path)).toEqual(['/questions/:slug']);
  });
});
