import renderRoutes from '@docusaurus/renderRoutes';
import NotFound from '@theme/NotFound';
import type { ReactNode } from 'react';

type Routes = NonNullable<Parameters<typeof renderRoutes>[0]>;

/**
 * `/quiz`: the parent of every quiz page's route. Nested here, the quiz pages are one route at the top of the site's
 * route table instead of one per question, so matching any other page's URL (which the router does several times for
 * every page rendered, and again on every navigation) no longer walks past thousands of quiz routes first. An unknown
 * `/quiz/…` URL still shows the site's Page Not Found page, as it did when no route matched.
 */
export default function QuizRoutes({ route }: { route: { routes?: Routes } }): ReactNode {
  return renderRoutes([...(route.routes ?? []), { path: '*', component: NotFound }]);
}
