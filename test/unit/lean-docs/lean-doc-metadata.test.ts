import { describe, expect, it } from 'vitest';
import { withoutDocFrontMatter } from '../../../src/plugins/lean-docs/server/lean-doc-metadata.ts';

/** A doc's metadata as the docs plugin writes it (trimmed to the fields that matter here). */
const doc = {
  id: 'questions/toil',
  title: 'What is toil?',
  source: '@site/docs/questions/toil.mdx',
  permalink: '/questions/toil',
  frontMatter: { title: 'What is toil?', question_id: 7, related: [{ title: 'Other', permalink: '/questions/other' }], unlisted: false },
  next: { title: 'Next', permalink: '/questions/next' },
};

describe('withoutDocFrontMatter', () => {
  it('drops a doc’s front matter but the fields the theme reads from the metadata, and keeps the rest', () => {
    expect(withoutDocFrontMatter(doc)).toEqual({ ...doc, frontMatter: { unlisted: false } });
    expect(withoutDocFrontMatter({ ...doc, frontMatter: { title: 't', draft: true } }).frontMatter).toEqual({ draft: true });
    // The input is not changed: the docs plugin keeps using its own objects.
    expect(doc.frontMatter.question_id).toBe(7);
  });

  it('leaves every other module’s data as it is (negative controls)', () => {
    const sidebar = { docsSidebars: { questions: [{ type: 'link', href: '/questions/toil' }] } };
    const categoryIndex = { title: 'SLOs', permalink: '/topics/slo', frontMatter: { x: 1 } };
    for (const data of [sidebar, categoryIndex, 'a string', ['array'], null]) expect(withoutDocFrontMatter(data)).toBe(data);
  });
});
