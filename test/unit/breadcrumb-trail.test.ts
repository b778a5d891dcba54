/**
 * sidebarAlongTrail (src/components/sidebar/breadcrumb-trail.ts): a page's breadcrumbs worked out from its trail, by
 * the docs plugin's rules as written down here: the first match in document order, a category by its own link, a
 * link only when it is a doc's, paths in any case and with or without a trailing slash.
 */
import { describe, expect, it } from 'vitest';
import { sidebarAlongTrail } from '../../src/components/sidebar/breadcrumb-trail.ts';

type Item =
  | { type: 'link'; label: string; href: string; docId?: string }
  | { type: 'category'; label: string; href?: string; items: Item[] }
  | { type: 'html'; value: string };

const doc = (label: string, href: string): Item => ({ type: 'link', label, href, docId: href.slice(1) });

const SIDEBAR: Item[] = [
  {
    type: 'category',
    label: 'SLOs',
    href: '/topics/slos',
    items: [
      { type: 'category', label: 'Questions 1–2', items: [doc('Error budgets', '/questions/error-budgets'), doc('Burn rates', '/questions/burn-rates')] },
      { type: 'category', label: 'More SLOs', href: '/topics/slos/more', items: [doc('SLIs', '/questions/slis')] },
    ],
  },
  { type: 'html', value: '<hr>' },
  {
    type: 'category',
    label: 'Incidents',
    href: '/topics/incidents',
    // Listed again under a later topic: the first place wins.
    items: [doc('Error budgets, again', '/questions/error-budgets'), { type: 'link', label: 'Elsewhere', href: '/questions/elsewhere' }],
  },
];

/** The labels along the narrowed sidebar, which must hold one item per level. */
function labelsAlong(items: readonly Item[]): string[] {
  const labels: string[] = [];
  let level: readonly Item[] = items;
  while (level.length > 0) {
    expect(level, 'one item per level').toHaveLength(1);
    const item = level[0]!;
    if (item.type === 'html') throw new Error('an html item on a trail');
    labels.push(item.label);
    level = item.type === 'category' ? item.items : [];
  }
  return labels;
}

describe('sidebarAlongTrail', () => {
  it.each([
    ['/questions/burn-rates', ['SLOs', 'Questions 1–2', 'Burn rates']],
    ['/questions/error-budgets', ['SLOs', 'Questions 1–2', 'Error budgets']],
    ['/QUESTIONS/Error-Budgets/', ['SLOs', 'Questions 1–2', 'Error budgets']],
    ['/questions/slis', ['SLOs', 'More SLOs', 'SLIs']],
    ['/topics/slos/more', ['SLOs', 'More SLOs']],
    ['/topics/incidents/', ['Incidents']],
  ])('%s: %j', (pathname, expected) => {
    expect(labelsAlong(sidebarAlongTrail(SIDEBAR, pathname))).toEqual(expected);
  });

  it('finds no trail for a link that is not a doc, or a path the sidebar does not hold', () => {
    expect(sidebarAlongTrail(SIDEBAR, '/questions/elsewhere')).toEqual([]);
    expect(sidebarAlongTrail(SIDEBAR, '/questions/nowhere')).toEqual([]);
  });

  it('keeps every field of the items on the trail, and leaves the sidebar as it was', () => {
    const before = structuredClone(SIDEBAR);
    const [topic] = sidebarAlongTrail(SIDEBAR, '/questions/slis');
    expect(topic).toMatchObject({ type: 'category', label: 'SLOs', href: '/topics/slos' });
    expect(SIDEBAR).toEqual(before);
  });
});
