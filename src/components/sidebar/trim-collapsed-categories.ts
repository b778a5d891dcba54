/**
 * The sidebar the server renders, with the items of collapsed categories that do not hold the current page trimmed to
 * their first link. The theme decides whether a category holds the page, and which items are visible, by walking
 * every item under it, collapsed categories included, so every page rendered walked the whole sidebar several times:
 * at 10,000 questions a question page took 50 to 70 ms to render against 12 to 15 ms for a quiz page (README.md
 * "Build time and size"). A collapsed category renders no children until it is opened, and its link (its own, or
 * its first item's) is kept, so the HTML is the same; the browser always gets the whole sidebar.
 *
 * Pure. A category is left whole when any item under it is unlisted (the theme shows or hides those by the current
 * page) or when it is not collapsed.
 */
import { normalisePath } from '../../routing/same-path.ts';

interface Link {
  readonly type: 'link';
  readonly href: string;
  readonly unlisted?: boolean;
}

interface Category {
  readonly type: 'category';
  readonly href?: string;
  readonly linkUnlisted?: boolean;
  readonly collapsed: boolean;
  readonly collapsible: boolean;
  readonly items: readonly Item[];
}

type Item = Link | Category | { readonly type: 'html' };

function holds(item: Item, activePath: string): boolean {
  if (item.type === 'link') return normalisePath(item.href) === activePath;
  if (item.type === 'category')
    return (item.href !== undefined && normalisePath(item.href) === activePath) || item.items.some((child) => holds(child, activePath));
  return false;
}

function hasUnlisted(item: Item): boolean {
  if (item.type === 'link') return item.unlisted === true;
  if (item.type === 'category') return item.linkUnlisted === true || item.items.some(hasUnlisted);
  return false;
}

/** What the theme's findFirstSidebarItemLink finds a link in. */
function leadsToLink(item: Item): boolean {
  if (item.type === 'link') return !item.unlisted;
  if (item.type === 'category') return (item.href !== undefined && !item.linkUnlisted) || item.items.some(leadsToLink);
  return false;
}

/** The items up to the first that leads to a link, that one trimmed the same way: the category's link stays the same. */
function firstLinkOnly(items: readonly Item[]): Item[] {
  const index = items.findIndex(leadsToLink);
  const kept = index === -1 ? [...items] : items.slice(0, index + 1);
  return kept.map((item) => (item.type === 'category' ? { ...item, items: firstLinkOnly(item.items) } : item));
}

function trimmed(items: readonly Item[], activePath: string): Item[] {
  return items.map((item) => {
    if (item.type !== 'category') return item;
    if (item.collapsed && item.collapsible && !holds(item, activePath) && !hasUnlisted(item)) return { ...item, items: firstLinkOnly(item.items) };
    return { ...item, items: trimmed(item.items, activePath) };
  });
}

/** `items` are the theme's sidebar items; the same type comes back, with only categories' `items` changed. */
export function trimCollapsedCategories<T extends Item>(items: readonly T[], activePath: string): T[] {
  return trimmed(items, normalisePath(activePath)) as T[];
}
