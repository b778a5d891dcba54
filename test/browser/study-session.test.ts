/**
 * The /study page: a topic studied end to end by keyboard alone, the setup
 * form, the end-of-session summary and its "review the ones I missed", and
 * mock interviews (seeded links reproduced in another browser, countdown).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './helpers/browser.ts';
import { questionById, questions, topics, visibleText, visibleTexts, visit, watchForErrors } from './helpers/site.ts';
import { cardTitle, sessionTitles } from './helpers/study.ts';
import { startApp } from './helpers/app.ts';

const topic = topics.find((candidate) => candidate.questionIds.length >= 4)!;
const topicQuestions = topic.questionIds.map(questionById);

const { withIsolatedPage: withPage } = useBrowser();

/** The visible text of the focused element ('' while nothing has focus). */
const focusedText = async (page: Page) => ((await page.locator(':focus').count()) === 1 ? visibleText(page.locator(':focus')) : '');
const focusedRole = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('role') ?? document.activeElement?.tagName);

/** Waits until the card shows `title` and has focus on its heading, as it does after every move. */
async function expectCard(page: Page, title: string): Promise<void> {
  // Generous: the first card waits for the session's code and data to load.
  await expect.poll(() => focusedText(page), { timeout: 10_000 }).toBe(title);
  expect(await visibleText(cardTitle(page))).toBe(title);
}

describe('a topic, studied end to end by keyboard alone', () => {
  it('question → reveal → grade → next, with help, skipping, a summary and a review of the missed ones', () =>
    withPage(async (page) => {
      const errors = watchForErrors(page);
      await visit(page, topic.permalink);
      await page.getByRole('link', { name: 'Practice this topic' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname.endsWith('/study') && url.searchParams.get('topics') === topic.id);

      const total = topicQuestions.length;
      const [missed, ...others] = topicQuestions as [(typeof topicQuestions)[0], ...typeof topicQuestions];
      await expectCard(page, missed.title);
      expect(await visibleText(page.locator('main'))).toContain(`Question 1 of ${total}`);
      expect(await page.locator('progress').evaluate((bar: HTMLProgressElement) => [bar.value, bar.max])).toEqual([0, total]);

      await page.keyboard.press('Space');
      expect(await focusedRole(page), 'focus moves into the revealed answer').toBe('region');
      await page.keyboard.press('1');
      await expectCard(page, others[0]!.title);

      await page.keyboard.press('?');
      const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      expect(await help.isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      expect(await help.isVisible()).toBe(false);
      await expectCard(page, others[0]!.title);

      await page.keyboard.press('ArrowRight');
      await expectCard(page, others[1]!.title);
      await page.keyboard.press('ArrowLeft');
      await expectCard(page, others[0]!.title);

      for (const [index, question] of others.entries()) {
        await expectCard(page, question.title);
        expect(await visibleText(page.locator('main'))).toContain(`Question ${index + 2} of ${total}`);
        await page.keyboard.press('Space');
        await page.keyboard.press('3');
      }

      const summary = page.getByRole('heading', { name: 'Session summary' });
      await expect.poll(() => focusedText(page), { timeout: 10_000 }).toBe('Session summary');
      expect(await summary.isVisible()).toBe(true);
      const row = page.getByRole('row', { name: new RegExp(`^${topic.title.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&')}`) });
      expect((await visibleTexts(row.getByRole('cell'))).slice(0, 3)).toEqual([String(total - 1), '1', '0']);

      await page.getByRole('link', { name: 'Review the ones I missed (1)' }).focus();
      await page.keyboard.press('Enter');
      await expectCard(page, missed.title);
      expect(await visibleText(page.locator('main'))).toContain('Question 1 of 1');
      await page.keyboard.press('Space');
      await page.keyboard.press('3');
      await expect.poll(() => focusedText(page), { timeout: 10_000 }).toBe('Session summary');
      expect((await visibleTexts(page.getByRole('row', { name: new RegExp(`^${topic.title.slice(0, 5)}`) }).getByRole('cell'))).slice(0, 3)).toEqual([
        '1',
        '0',
        '0',
      ]);
      expect(await page.getByRole('link', { name: /Review the ones I missed/ }).count()).toBe(0);
      expect(errors).toEqual([]);
    }));

  it('Esc leaves: to the setup form before any grade, to the summary after one', () =>
    withPage(async (page) => {
      await visit(page, `/study?mode=practice&topics=${topic.id}`);
      await expectCard(page, topicQuestions[0]!.title);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Start practice' }).waitFor();
      expect(new URL(page.url()).search).toBe('');

      await page.goBack();
      await expectCard(page, topicQuestions[0]!.title);
      await page.keyboard.press('Space');
      await page.keyboard.press('3');
      await page.keyboard.press('Escape');
      await expect.poll(() => focusedText(page), { timeout: 10_000 }).toBe('Session summary');
    }));
});

describe('the setup form', () => {
  const technical = topics
    .map((candidate) => ({ candidate, technical: candidate.questionIds.map(questionById).filter((question) => question.kind === 'technical') }))
    .find(({ technical: list }) => list.length >= 3)!;

  it('starts a session of the chosen topics and kinds, in source order, with the chosen count', () =>
    withPage(async (page) => {
      await visit(page, '/study');
      await page.getByRole('button', { name: 'None' }).click();
      await page.getByRole('checkbox', { name: technical.candidate.title }).check();
      await page.getByRole('checkbox', { name: 'Behavioural' }).uncheck();
      expect(await visibleText(page.getByRole('status').filter({ hasText: 'match' }))).toBe(`${technical.technical.length} questions match.`);
      await page.getByRole('radio', { name: 'In the order of the source' }).check();
      await page.getByRole('spinbutton', { name: 'Questions in the session' }).fill('2');
      await page.getByRole('button', { name: 'Start practice' }).click();

      await page.waitForURL((url) => url.searchParams.get('mode') === 'practice');
      const params = new URL(page.url()).searchParams;
      expect([params.get('topics'), params.get('kinds'), params.get('order'), params.get('n')]).toEqual([technical.candidate.id, 'technical', 'source', '2']);
      expect(await sessionTitles(page)).toEqual(technical.technical.slice(0, 2).map((question) => question.title));
    }));

  it('cannot start a session that matches nothing', () =>
    withPage(async (page) => {
      await visit(page, '/study');
      await page.getByRole('button', { name: 'None' }).click();
      expect(await visibleText(page.getByRole('status').filter({ hasText: 'match' }))).toContain('No questions match');
      expect(await page.getByRole('button', { name: 'Start practice' }).isDisabled()).toBe(true);
      expect(await page.getByRole('button', { name: 'Start mock interview' }).isDisabled()).toBe(true);
    }));
});

describe('mock interviews', () => {
  const mockTopics = topics.slice(0, 3).map((candidate) => candidate.id);

  it('get a seeded link from the setup form that another browser replays with the same questions in the same order', async () => {
    let link = '';
    let asked: string[] = [];
    await withPage(async (page) => {
      await visit(page, '/study');
      await page.getByRole('button', { name: 'None' }).click();
      for (const id of mockTopics) await page.getByRole('checkbox', { name: topics.find((candidate) => candidate.id === id)!.title }).check();
      await page.getByRole('spinbutton', { name: 'Questions', exact: true }).fill('4');
      await page.getByRole('button', { name: 'Start mock interview' }).click();
      await page.waitForURL((url) => url.searchParams.get('mode') === 'mock');
      link = page.url();
      const params = new URL(link).searchParams;
      expect(params.get('seed')).toMatch(/^[a-z2-9]{8}$/);
      expect([params.get('topics'), params.get('n'), params.get('minutes')]).toEqual([mockTopics.join(','), '4', '3']);
      expect(await visibleText(page.locator('main'))).toContain(link);
      asked = await sessionTitles(page);
    });

    // What a reader notices of a mock plan: as many questions as asked for, none twice, all from the chosen topics.
    expect(asked).toHaveLength(4);
    expect(new Set(asked).size, 'no question asked twice').toBe(4);
    for (const title of asked) {
      const question = questions.find((candidate) => candidate.title === title)!;
      expect(
        [question.primaryTopic, ...question.secondaryTopics].some((id) => mockTopics.includes(id)),
        `"${title}" is in a chosen topic`,
      ).toBe(true);
    }

    await withPage(async (peer) => {
      await peer.goto(link);
      await startApp(peer);
      expect(await sessionTitles(peer), 'the same seed asks the same questions in the same order').toEqual(asked);
    });

    // Negative control: another seed on the same link deals another order, so the order above is the seed's doing.
    const reseeded = new URL(link);
    reseeded.searchParams.set('seed', reseeded.searchParams.get('seed') === 'othrseed' ? 'anthrsed' : 'othrseed');
    await withPage(async (peer) => {
      await peer.goto(reseeded.href);
      await startApp(peer);
      expect(await sessionTitles(peer)).not.toEqual(asked);
    });
  });

  it('count down 3 minutes per question, say when a minute is left and when time is up, and restart for the next question', () =>
    withPage(async (page) => {
      await page.clock.install();
      await visit(page, '/study?mode=mock&seed=clock&n=2&minutes=3');
      const timer = page.getByRole('timer');
      expect(await timer.getAttribute('aria-label')).toBe('3 minutes left');
      expect(await visibleText(timer)).toBe('3:00');

      await page.clock.fastForward(125_000);
      await expect.poll(() => visibleText(timer)).toBe('0:55');
      expect(await visibleText(page.locator('main'))).toContain('One minute left.');
      await page.clock.fastForward(60_000);
      await expect.poll(() => visibleText(timer)).toBe('0:00');
      expect(await timer.getAttribute('aria-label')).toBe('Time is up');
      expect(await visibleText(page.locator('main'))).toContain('Time is up: reveal the answer and grade yourself.');

      await page.keyboard.press('Space');
      await page.keyboard.press('1');
      await expect.poll(() => visibleText(timer)).toBe('3:00');
    }));
});
