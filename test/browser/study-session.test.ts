/**
 * The /study page: a topic studied end to end by keyboard alone, the setup
 * form, the end-of-session summary and its "review the ones I missed", and
 * mock interviews (seeded links reproduced in another browser, countdown).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserSession } from '../../tooling/browser/chromium.ts';
import { EMPTY_PROGRESS } from '../../src/study/progress.ts';
import type { MockPlan } from '../../src/study/session-options.ts';
import { planQuestions } from '../../src/study/session-plan.ts';
import { sessionSearch } from '../../src/study/session-url.ts';
import { normalise, questionById, questions, topics, visibleText, visit, watchForErrors } from './helpers/site.ts';

const topic = topics.find((candidate) => candidate.questionIds.length >= 4)!;
const topicQuestions = topic.questionIds.map(questionById);

let session: BrowserSession;
beforeAll(async () => {
  session = await launchBrowser();
});
afterAll(async () => {
  await session?.close();
});

async function withPage(test: (page: Page) => Promise<void>, options = {}): Promise<void> {
  const page = await session.openIsolatedPage(options);
  try {
    await test(page);
  } finally {
    await page.context().close();
  }
}

const cardTitle = (page: Page) => page.locator('article h2');
const focusedText = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText.replace(/\s+/g, ' ').trim());
const focusedRole = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('role') ?? document.activeElement?.tagName);

/** Waits until the card shows `title` and has focus on its heading, as it does after every move. */
async function expectCard(page: Page, title: string): Promise<void> {
  // Generous: the first card waits for the session's code and data to load.
  await expect.poll(() => focusedText(page), { timeout: 10_000 }).toBe(title);
  expect(normalise(await cardTitle(page).innerText())).toBe(title);
}

/** The titles of a session, read by stepping through it with → until the summary. */
async function sessionTitles(page: Page): Promise<string[]> {
  const titles: string[] = [];
  while ((await page.getByRole('heading', { name: 'Session summary' }).count()) === 0) {
    await cardTitle(page).waitFor();
    titles.push(normalise(await cardTitle(page).innerText()));
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await cardTitle(page).count()) === 0 || normalise(await cardTitle(page).innerText()) !== titles.at(-1)).toBe(true);
  }
  return titles;
}

describe('a topic, studied end to end by keyboard alone', () => {
  it('question → reveal → grade → next, with help, skipping, a summary and a review of the missed ones', () =>
    withPage(async (page) => {
      const errors = watchForErrors(page);
      await visit(page, topic.permalink);
      await page.getByRole('link', { name: 'Practise this topic' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname.endsWith('/study') && url.searchParams.get('topics') === topic.id);

      const total = topicQuestions.length;
      const [missed, ...others] = topicQuestions as [(typeof topicQuestions)[0], ...typeof topicQuestions];
      await expectCard(page, missed.title);
      expect(await visibleText(page.locator('main'))).toContain(`Question 1 of ${total}`);
      expect(await page.locator('progress').evaluate((bar: HTMLProgressElement) => [bar.value, bar.max])).toEqual([0, total]);

      await page.keyboard.press('Space');
      expect(await focusedRole(page), 'focus moves into the revealed answer').toBe('region');
      await page.keyboard.press('2');
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
        await page.keyboard.press('1');
      }

      const summary = page.getByRole('heading', { name: 'Session summary' });
      await expect.poll(() => focusedText(page), { timeout: 10_000 }).toBe('Session summary');
      expect(await summary.isVisible()).toBe(true);
      const row = page.getByRole('row', { name: new RegExp(`^${topic.title.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&')}`) });
      expect((await row.getByRole('cell').allInnerTexts()).slice(0, 3)).toEqual([String(total - 1), '1', '0']);

      await page.getByRole('link', { name: 'Review the ones I missed (1)' }).focus();
      await page.keyboard.press('Enter');
      await expectCard(page, missed.title);
      expect(await visibleText(page.locator('main'))).toContain('Question 1 of 1');
      await page.keyboard.press('Space');
      await page.keyboard.press('1');
      await expect.poll(() => focusedText(page), { timeout: 10_000 }).toBe('Session summary');
      expect((await page.getByRole('row', { name: new RegExp(`^${topic.title.slice(0, 5)}`) }).getByRole('cell').allInnerTexts()).slice(0, 3)).toEqual([
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
      await page.keyboard.press('1');
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
      expect(await visibleText(page.getByRole('status').filter({ hasText: 'match' }))).toBe(
        `${technical.technical.length} questions match.`,
      );
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

    const seed = new URL(link).searchParams.get('seed')!;
    const plan: MockPlan = { mode: 'mock', topics: mockTopics, kinds: [], seed, count: 4, minutesPerQuestion: 3 };
    const expected = planQuestions(questions, plan, EMPTY_PROGRESS, new Date()).map((id) => questionById(id).title);
    expect(asked).toEqual(expected);

    await withPage(async (peer) => {
      await peer.goto(link);
      await peer.locator('html[data-has-hydrated="true"]').waitFor();
      expect(await sessionTitles(peer)).toEqual(asked);
    });
  });

  it('count down 3 minutes per question, say when a minute is left and when time is up, and restart for the next question', () =>
    withPage(async (page) => {
      await page.clock.install();
      const plan: MockPlan = { mode: 'mock', topics: [], kinds: [], seed: 'clock', count: 2, minutesPerQuestion: 3 };
      await visit(page, `/study${sessionSearch(plan)}`);
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
      await page.keyboard.press('2');
      await expect.poll(() => visibleText(timer)).toBe('3:00');
    }));
});
