/**
 * react-router-config's API with a matchRoutes that looks a route up instead of walking an exact-path list (see
 * ../index.ts). The walk is react-router-config 5.1's, line for line; only the list it walks changes: when the lookup
 * finds the route (the first of the list that matchPath would match), the walk tries that route alone.
 */
import { matchPath, Router, type match as Match } from 'react-router';
import type { MatchedRoute, RouteConfig } from 'react-router-config';
import { renderRoutes } from 'react-router-config/esm/react-router-config.js';
import { exactRouteFor } from '../../../routing/exact-route-lookup';

export { renderRoutes };

export function matchRoutes<Params extends { [K in keyof Params]?: string }>(
  routes: readonly RouteConfig[],
  pathname: string,
  branch: MatchedRoute<Params>[] = [],
): MatchedRoute<Params>[] {
  const direct = exactRouteFor(routes, pathname);
  const walked = direct && matchPath(pathname, direct) ? [direct] : routes;
  walked.some((route) => {
    const match: Match<Params> | null = route.path
      ? matchPath<Params>(pathname, route)
      : branch.length > 0
        ? branch[branch.length - 1]!.match
        : (Router as unknown as { computeRootMatch(pathname: string): Match<Params> }).computeRootMatch(pathname);
    if (match) {
      branch.push({ route, match });
      if (route.routes) matchRoutes(route.routes, pathname, branch);
    }
    return match;
  });
  return branch;
}
