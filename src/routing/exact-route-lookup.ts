/**
 * The child route a pathname renders, found in a map instead of by react-router's walk down the list. A `<Switch>`
 * (and the docs plugin's useDocRootMetadata) tries each route in order with matchPath until one matches, so with a
 * route per question every page rendered walked half of thousands of routes, twice: at 2,000 questions that was 11 s
 * of each SSG worker's 73 s (README.md "Build time and size"). Given the one matching route, they match it at once.
 *
 * Only lists react-router would match by plain comparison are indexed: every route exact, with an ASCII path that has
 * no parameters, wildcards or pattern syntax. Then matchPath's rules (case-insensitive, one optional trailing slash)
 * are a string comparison, and the first route of a key wins, as in the walk. Any other list, or a pathname not in the
 * map, gets undefined: the caller keeps the whole list, and react-router decides as before.
 */
interface PathRoute {
  readonly path?: string | readonly string[];
  readonly exact?: boolean;
}

/** Each list's map, built once: route lists come from the generated route table and never change. */
const indexes = new WeakMap<readonly PathRoute[], ReadonlyMap<string, PathRoute> | null>();

const PLAIN_PATH = /^\/[\x21-\x7e]*$/;
const PATTERN_SYNTAX = /[:*?()+[\]{}]/;

/** matchPath with `exact` and without `strict` or `sensitive`: any case, and "/a/" is "/a". */
const keyOf = (pathname: string): string => (pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname).toLowerCase();

function indexOf(routes: readonly PathRoute[]): ReadonlyMap<string, PathRoute> | null {
  const index = new Map<string, PathRoute>();
  for (const route of routes) {
    if (typeof route.path !== 'string' || !route.exact || !PLAIN_PATH.test(route.path) || PATTERN_SYNTAX.test(route.path)) return null;
    const key = keyOf(route.path);
    if (!index.has(key)) index.set(key, route);
  }
  return index;
}

export function exactRouteFor<Route extends PathRoute>(routes: readonly Route[], pathname: string): Route | undefined {
  let index = indexes.get(routes);
  if (index === undefined) {
    index = indexOf(routes);
    indexes.set(routes, index);
  }
  return index?.get(keyOf(pathname)) as Route | undefined;
}
