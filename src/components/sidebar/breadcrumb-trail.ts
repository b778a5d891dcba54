/**
 * The sidebar the breadcrumbs are worked out from: only the categories on the way to the current page, each holding
 * just the next step. The docs plugin finds a page's breadcrumbs by walking its whole sidebar and normalising every
 * href on the way (getSidebarBreadcrumbs, under useSidebarBreadcrumbs): at 10,000 questions that walk was about 10 s
 * of an SSG worker's 150 s (README.md "Build time and size"). Here the sidebar is walked once per sidebar object, into
 * a map from each page's path to its trail, and a page looks its trail up; the theme's own function then walks the
 * narrowed sidebar and returns the same crumbs, so the breadcrumbs' HTML does not change.
 *
 * Pure. The map follows getSidebarBreadcrumbs's rules: the first match in document order wins, a category matches by
 * its own link before its items are looked at, a link only when it is a doc's (it has a docId), and paths compare as
 * the theme compares them (src/routing/same-path.ts).
 */
import { normalisePath } from '../../routing/same-path.ts';

interface Link {
  readonly type: 'link';
  readonly href: string;
  readonly docId?: string;
}

interface Category {
  readonly type: 'category';
  readonly href?: string;
  readonly items: readonly Item[];
}

type Item = Link | Category | { readonly type: 'html' };

/** A page's trail: the categories above it, outermost first, and the page's own item (a doc's link or a category). */
interface Trail {
  readonly above: readonly Category[];
  readonly own: Link | Category;
}

const trailsBySidebar = new WeakMap<readonly Item[], ReadonlyMap<string, Trail>>();

function trailsOf(sidebar: readonly Item[]): ReadonlyMap<string, Trail> {
  const known = trailsBySidebar.get(sidebar);
  if (known) return known;
  const trails = new Map<string, Trail>();
  const record = (href: string, trail: Trail) => {
    const path = normalisePath(href);
    if (!trails.has(path)) trails.set(path, trail);
  };
  const visit = (items: readonly Item[], above: readonly Category[]) => {
    for (const item of items) {
      if (item.type === 'category') {
        // The theme skips an empty link as it skips a missing one (isSamePath compares "" as it is).
        if (item.href) record(item.href, { above, own: item });
        visit(item.items, [...above, item]);
      } else if (item.type === 'link' && item.docId) {
        record(item.href, { above, own: item });
      }
    }
  };
  visit(sidebar, []);
  trailsBySidebar.set(sidebar, trails);
  return trails;
}

/**
 * The sidebar cut down to the trail of `pathname`: each category on it a copy holding only the next step, the page's
 * own item as it is (a category's without its items); no items at all when no doc or category of the sidebar is at
 * that path (no breadcrumbs, as in the theme).
 */
export function sidebarAlongTrail<T extends Item>(sidebar: readonly T[], pathname: string): T[] {
  const trail = trailsOf(sidebar).get(normalisePath(pathname));
  if (!trail) return [];
  const own: Item = trail.own.type === 'category' ? { ...trail.own, items: [] } : trail.own;
  return [trail.above.reduceRight<Item>((next, category) => ({ ...category, items: [next] }), own) as T];
}
