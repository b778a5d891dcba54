import { describe, expect, it } from 'vitest';
import { isSourceProblem } from '../../../generator/source-errors.ts';
import { slugFromTitle } from '../../../generator/stages/slugs/slug-from-title.ts';
import { EMPTY_LOCK, type SlugLock } from '../../../generator/stages/slugs/slug-lock.ts';
import { generateFromText } from '../../helpers/run-generator.ts';

const source = (titles: string[]) => titles.map((title, index) => `${index + 1}. ${title}\n\nAn answer about ${title}.\n`).join('\n');
const titles = [
  'How do you decide RTO and RPO for a payment service?',
  'What is an error budget and who owns it?',
  'How do you debug a pod stuck in CrashLoopBackOff?',
];

describe('slug lock', () => {
  it('derives short readable slugs without interview filler', () => {
    expect(slugFromTitle('Tell me about a time when you had to balance feature velocity against system reliability.')).toBe(
      'balance-feature-velocity-against-system',
    );
    expect(slugFromTitle('What does a healthy on-call culture look like to you?')).toBe('healthy-on-call-culture');
    expect(slugFromTitle('Why?')).toBe('question');
  });

  it('keeps a question’s URL and number when it is reworded or moved', () => {
    const first = generateFromText(source(titles));
    const reworded = generateFromText(
      source(['What is an error budget, and who owns it in your team?', 'A brand new question about toil?', titles[0]!, titles[2]!]),
      { lock: first.lock },
    );
    const byTitle = new Map(reworded.questions.map((question) => [question.title, question]));
    const original = new Map(first.questions.map((question) => [question.number, question]));
    expect(byTitle.get('What is an error budget, and who owns it in your team?')!.slug).toBe(original.get(2)!.slug);
    expect(byTitle.get(titles[0]!)!.id).toBe(1);
    expect(byTitle.get('A brand new question about toil?')!.id).toBe(4);
    expect(reworded.slugChanges.join('\n')).toMatch(/reworded: .*\nnew: question 2 gets \/q\/4/);
  });

  it('redirects a removed question to its topic page and never reuses its slug or number', () => {
    const first = generateFromText(source(titles));
    const removedSlug = first.questions[2]!.slug;
    const removedTopic = first.questions[2]!.classification.primary;
    const second = generateFromText(source(titles.slice(0, 2)), { lock: first.lock });
    expect(second.lock.retired.map((entry) => entry.slug)).toEqual([removedSlug]);
    expect(JSON.parse(second.files.get('_generated/redirects.json')!)).toEqual([
      { from: '/q/1', to: `/questions/${first.questions[0]!.slug}` },
      { from: '/q/2', to: `/questions/${first.questions[1]!.slug}` },
      { from: '/q/3', to: `/topics/${removedTopic}` },
      { from: `/questions/${removedSlug}`, to: `/topics/${removedTopic}` },
    ]);
    const third = generateFromText(source([...titles.slice(0, 2), 'Debugging a pod stuck in CrashLoopBackOff, totally unrelated wording?']), {
      lock: second.lock,
    });
    expect(third.questions[2]!.id).toBe(4);
    expect(third.questions[2]!.slug).not.toBe(removedSlug);
  });

  it('redirects slugs renamed by hand in the lock', () => {
    const first = generateFromText(source(titles));
    const renamed: SlugLock = {
      ...first.lock,
      questions: first.lock.questions.map((entry) => (entry.id === 1 ? { ...entry, slug: 'decide-rto-rpo', formerSlugs: [entry.slug] } : entry)),
    };
    const second = generateFromText(source(titles), { lock: renamed });
    expect(second.files.has('questions/decide-rto-rpo.mdx')).toBe(true);
    const redirects = JSON.parse(second.files.get('_generated/redirects.json')!) as { from: string; to: string }[];
    expect(redirects.filter((redirect) => redirect.from.startsWith('/questions/'))).toEqual([
      { from: `/questions/${first.questions[0]!.slug}`, to: '/questions/decide-rto-rpo' },
    ]);
    expect(redirects).toContainEqual({ from: '/q/1', to: '/questions/decide-rto-rpo' });
  });

  it('rejects a lock with a duplicate or malformed slug, naming the entries', () => {
    const first = generateFromText(source(titles));
    const broken: SlugLock = {
      ...first.lock,
      questions: first.lock.questions.map((entry) =>
        entry.id === 2 ? { ...entry, slug: first.lock.questions[0]!.slug } : entry.id === 3 ? { ...entry, slug: 'Not A Slug' } : entry,
      ),
    };
    let error: unknown;
    try {
      generateFromText(source(titles), { lock: broken });
    } catch (caught) {
      error = caught;
    }
    expect(isSourceProblem(error)).toBe(true);
    expect((error as Error).message).toMatchInlineSnapshot(`
      "slugs.lock.json: slug "decide-rto-rpo-payment-service" is used by questions 1 and 2
        How to fix: give one of them another slug; keep the old one in its "formerSlugs"
      slugs.lock.json: slug "Not A Slug" of question 3 is not valid
        How to fix: use lowercase letters, digits and single hyphens, like "decide-rto-rpo""
    `);
  });

  it('gives two questions with the same derived slug distinct URLs', () => {
    const result = generateFromText(source(['How do you handle alerts?', 'How would you handle alerts at night?', 'Handle alerts?']), { lock: EMPTY_LOCK });
    expect(new Set(result.questions.map((question) => question.slug)).size).toBe(3);
  });
});
