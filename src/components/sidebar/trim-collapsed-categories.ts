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

/**
 * What each category holds, worked out once per category object. The server renders every page of a sidebar from the
 * same items (its props module is loaded once per SSG worker), so without this each page walked and normalised the
 * whole sidebar again: at 2,000 questions that was 1.1 s of each SSG worker's 46 s, and it grows with a topic's size.
 */
interface CategoryFacts {
  /** Every href at or under the category, normalised. */
  readonly paths: ReadonlySet<string>;
  readonly hasUnlisted: boolean;
}

const factsByCategory = new WeakMap<Category, CategoryFacts>();

function factsOf(category: Category): CategoryFacts {
  const known = factsByCategory.get(category);
  if (known) return known;
  const paths = new Set<string>();
  let unlisted = category.linkUnlisted === true;
  if (category.href !== undefined) paths.add(normalisePath(category.href));
  for (const child of category.items) {
    if (child.type === 'link') {
      paths.add(normalisePath(child.href));
      unlisted ||= child.unlisted === true;
    } else if (child.type === 'category') {
      const facts = factsOf(child);
      for (const path of facts.paths) paths.add(path);
      unlisted ||= facts.hasUnlisted;
    }
  }
  const facts = { paths, hasUnlisted: unlisted };
  factsByCategory.set(category, facts);
  return facts;
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
    const facts = factsOf(item);
    if (item.collapsed && item.collapsible && !facts.paths.has(activePath) && !facts.hasUnlisted) return { ...item, items: firstLinkOnly(item.items) };
    return { ...item, items: trimmed(item.items, activePath) };
  });
}

/** `items` are the theme's sidebar items; the same type comes back, with only categories' `items` changed. */
export function trimCollapsedCategories<T extends Item>(items: readonly T[], activePath: string): T[] {
  return trimmed(items, normalisePath(activePath)) as T[];
}
