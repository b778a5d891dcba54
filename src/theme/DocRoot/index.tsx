/**
 * The theme's DocRoot, given only the route the current page matches when it can be found directly (see
 * exact-route-lookup.ts): its useDocRootMetadata and route switch then match one route instead of walking every doc's.
 * Everything else, a page not found included, goes to the theme's DocRoot as before.
 */
import { useLocation } from '@docusaurus/router';
import type { WrapperProps } from '@docusaurus/types';
import DocRoot from '@theme-original/DocRoot';
import type DocRootType from '@theme/DocRoot';
import type { ReactNode } from 'react';
import { exactRouteFor } from '@site/src/routing/exact-route-lookup';

type Props = WrapperProps<typeof DocRootType>;

export default function DocRootWrapper(props: Props): ReactNode {
  const { pathname } = useLocation();
  const routes = props.route.routes;
  const route = routes && exactRouteFor(routes, pathname);
  return <DocRoot {...props} route={route ? { ...props.route, routes: [route] } : props.route} />;
}
