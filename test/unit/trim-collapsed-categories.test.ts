/**
 * The sidebar the server renders: closed categories that do not hold the page keep only what their link needs. The
 * expected trees are written out by hand from the rules the theme follows (DocSidebarItem/Category renders a closed
 * category's header only; its link is its own or its first item's).
 */
import { describe, expect, it } from 'vitest';
import { trimCollapsedCategories } from '../../src/components/sidebar/trim-collapsed-categories.ts';

const link = (href: string, unlisted?: boolean) => ({ type: 'link' as const, href, ...(unlisted === undefined ? {} : { unlisted }) });
const category = (items: unknown[], extra: Record<string, unknown> = {}) =>
  ({ type: 'category' as const, collapsed: true, collapsible: true, items, ...extra }) as never;

const sidebar = [
  category([category([link('/questions/a1'), link('/questions/a2')]), category([link('/questions/a3'), link('/questions/a4')])], { href: '/topics/a' }),
  category([category([link('/questions/b1'), link('/questions/b2')]), category([link('/questions/b3'), link('/questions/b4')])], { href: '/topics/b' }),
  link('/guides/slo-math'),
];

describe('trimCollapsedCategories', () => {
  it('keeps the categories that hold the page whole, and trims every other closed one to its first link', () => {
    expect(trimCollapsedCategories(sidebar, '/questions/B3/')).toEqual([
      category([category([link('/questions/a1')])], { href: '/topics/a' }),
      category([category([link('/questions/b1')]), category([link('/questions/b3'), link('/questions/b4')])], { href: '/topics/b' }),
      link('/guides/slo-math'),
    ]);
  });

  it('holds a category whose own link is the page, and leaves open or unlisted categories whole (negative controls)', () => {
    // On the topic page, the topic is held (not trimmed); its closed sub-groups hold nothing and are.
    const onTopicPage = trimCollapsedCategories(sidebar, '/topics/a');
    expect(onTopicPage[0]).toEqual(category([category([link('/questions/a1')]), category([link('/questions/a3')])], { href: '/topics/a' }));
    const open = [category([link('/x/1'), link('/x/2')], { collapsed: false })];
    expect(trimCollapsedCategories(open, '/elsewhere')).toEqual(open);
    const withUnlisted = [category([link('/y/1'), link('/y/2', true)])];
    expect(trimCollapsedCategories(withUnlisted, '/elsewhere')).toEqual(withUnlisted);
    // The input is not changed: the browser renders the whole sidebar from it.
    expect((sidebar[1] as unknown as { items: { items: unknown[] }[] }).items[1]!.items).toHaveLength(2);
  });

  it('keeps items up to the first one with a link, so a category without a link of its own links to the same page', () => {
    const html = { type: 'html' as const };
    expect(trimCollapsedCategories([category([html, category([]), link('/z/1'), link('/z/2')])], '/elsewhere')).toEqual([
      category([html, category([]), link('/z/1')]),
    ]);
  });

  it('answers each page for itself when the same sidebar renders page after page, as in an SSG worker', () => {
    const shared = [category([category([link('/questions/a1'), link('/questions/a2')]), category([link('/questions/a3')])], { href: '/topics/a' })];
    // On a1 the topic and its first sub-group hold the page and stay whole; elsewhere the topic keeps its first link only.
    const onA1 = [category([category([link('/questions/a1'), link('/questions/a2')]), category([link('/questions/a3')])], { href: '/topics/a' })];
    expect(trimCollapsedCategories(shared, '/questions/a1')).toEqual(onA1);
    expect(trimCollapsedCategories(shared, '/questions/elsewhere')).toEqual([category([category([link('/questions/a1')])], { href: '/topics/a' })]);
    expect(trimCollapsedCategories(shared, '/questions/a1')).toEqual(onA1);
    // An unlisted link two levels down still keeps its categories whole (negative control: listed, they are trimmed).
    const deepUnlisted = [category([category([link('/y/1'), link('/y/2', true)])])];
    expect(trimCollapsedCategories(deepUnlisted, '/elsewhere')).toEqual(deepUnlisted);
    const deepListed = [category([category([link('/y/1'), link('/y/2')])])];
    expect(trimCollapsedCategories(deepListed, '/elsewhere')).toEqual([category([category([link('/y/1')])])]);
  });
});
