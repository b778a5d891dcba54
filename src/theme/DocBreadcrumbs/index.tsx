/**
 * The theme's breadcrumbs, worked out from the current page's trail instead of its whole sidebar (see
 * breadcrumb-trail.ts): the theme's component and its useSidebarBreadcrumbs run as before, on a sidebar that holds
 * only the way to this page, so the crumbs are the same items.
 */
import { DocsSidebarProvider, useDocsSidebar } from '@docusaurus/plugin-content-docs/client';
import { useLocation } from '@docusaurus/router';
import type { WrapperProps } from '@docusaurus/types';
import DocBreadcrumbs from '@theme-original/DocBreadcrumbs';
import type DocBreadcrumbsType from '@theme/DocBreadcrumbs';
import type { ReactNode } from 'react';
import { sidebarAlongTrail } from '@site/src/components/sidebar/breadcrumb-trail';

type Props = WrapperProps<typeof DocBreadcrumbsType>;

export default function DocBreadcrumbsWrapper(props: Props): ReactNode {
  const sidebar = useDocsSidebar();
  const { pathname } = useLocation();
  if (!sidebar) return <DocBreadcrumbs {...props} />;
  // The trail is looked up, not walked: see breadcrumb-trail.ts.
  return (
    <DocsSidebarProvider name={sidebar.name} items={sidebarAlongTrail(sidebar.items, pathname)}>
      <DocBreadcrumbs {...props} />
    </DocsSidebarProvider>
  );
}
