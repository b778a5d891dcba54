import renderRoutes from '@docusaurus/renderRoutes';
import { useLocation } from '@docusaurus/router';
import NotFound from '@theme/NotFound';
import type { ReactNode } from 'react';
import { exactRouteFor } from '@site/src/routing/exact-route-lookup';

type Routes = NonNullable<Parameters<typeof renderRoutes>[0]>;

/**
 * `/quiz`: the parent of every quiz page's route. Nested here, the quiz pages are one route at the top of the site's
 * route table instead of one per question, so matching any other page's URL (which the router does several times for
 * every page rendered, and again on every navigation) no longer walks past thousands of quiz routes first. An unknown
 * `/quiz/…` URL still shows the site's Page Not Found page, as it did when no route matched. A quiz page's own route is
 * looked up directly (exact-route-lookup.ts), so the switch below does not walk the other quiz routes either.
 */
export default function QuizRoutes({ route }: { route: { routes?: Routes } }): ReactNode {
  const { pathname } = useLocation();
  const routes = route.routes ?? [];
  const match = exactRouteFor(routes, pathname);
  return renderRoutes(match ? [match] : [...routes, { path: '*', component: NotFound }]);
}
