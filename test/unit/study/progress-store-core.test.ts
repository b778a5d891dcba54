import { describe, expect, it } from 'vitest';
import { createProgressStoreCore, type ProgressSlot, type Scheduler } from '../../../src/study/browser/progress-store-core.ts';
import { PROGRESS_FORMAT, readProgress, writeProgress } from '../../../src/study/progress.ts';
import * as scheduler from '../../../src/study/scheduler.ts';

/** A localStorage stand-in: like the real one, it throws QuotaExceededError when a write does not fit. */
class FakeStorage {
  readonly items = new Map<string, string>();
  quota = Number.POSITIVE_INFINITY;

  slot(key: string): ProgressSlot {
    return {
      get: () => this.items.get(key) ?? null,
      set: (text) => {
        if (text.length > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        this.items.set(key, text);
      },
    };
  }
}

const now = new Date('2026-12-02T12:00:00.000Z');

function storeOn(storage: FakeStorage, importScheduler: () => Promise<Scheduler> = () => Promise.resolve(scheduler)) {
  let changes = 0;
  const store = createProgressStoreCore(
    { progress: storage.slot('progress'), unreadable: storage.slot('unreadable'), previousVersion: storage.slot('v1') },
    importScheduler,
    { onChange: () => (changes += 1) },
  );
  return { store, changes: () => changes };
}

describe('progress store: saving', () => {
  it('saves a grade as a version 2 document', async () => {
    const storage = new FakeStorage();
    const { store } = storeOn(storage);
    await store.grade(17, 'good', now);
    const saved = readProgress(storage.items.get('progress')!);
    expect(saved.ok && saved.progress.questions[17]?.lastGrade).toBe('good');
    expect(store.getSnapshot().notice).toBeUndefined();
  });

  it('keeps the previous stored progress and tells the reader when the browser’s storage is full', async () => {
    const storage = new FakeStorage();
    const { store } = storeOn(storage);
    await store.grade(1, 'good', now);
    const before = storage.items.get('progress')!;

    storage.quota = before.length; // the next, longer document does not fit
    await store.grade(2, 'again', now);
    expect(storage.items.get('progress')).toBe(before);
    expect(store.getSnapshot().notice).toEqual({ kind: 'not-saved' });
    // Nothing is lost from this visit: the page and an export still have the new grade.
    expect(store.getSnapshot().progress.questions[2]?.lastGrade).toBe('again');
    expect(readProgress(store.exportText(now))).toMatchObject({ ok: true, progress: { questions: { 2: { lastGrade: 'again' } } } });

    expect(store.setNote(2, 'A long note that does not fit either.')).toBe(false);
    expect(storage.items.get('progress')).toBe(before);
  });

  it('shows no warning when storage takes every write (negative control for the quota check)', async () => {
    const storage = new FakeStorage();
    const { store } = storeOn(storage);
    await store.grade(1, 'good', now);
    expect(store.setNote(1, 'fits')).toBe(true);
    expect(store.getSnapshot().notice).toBeUndefined();
  });

  it('records nothing and says so when the scheduler cannot load, and loads it again on the next grade', async () => {
    const storage = new FakeStorage();
    let attempts = 0;
    const { store } = storeOn(storage, () => (++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(scheduler)));
    await store.grade(1, 'good', now);
    expect(store.getSnapshot()).toMatchObject({ progress: { questions: {} }, notice: { kind: 'not-graded' } });
    expect(storage.items.has('progress')).toBe(false);
    await store.grade(1, 'good', now);
    expect(store.getSnapshot().progress.questions[1]?.lastGrade).toBe('good');
  });
});

describe('progress store: loading', () => {
  it('upgrades version 1 progress in storage, keeping the original aside', () => {
    const storage = new FakeStorage();
    const version1 = JSON.stringify({
      format: PROGRESS_FORMAT,
      version: 1,
      questions: { 5: { box: 3, lastGrade: 'knew', reviewedAt: '2026-11-01T08:00:00.000Z', dueAt: '2026-11-04T08:00:00.000Z', reviews: 2 } },
    });
    storage.items.set('progress', version1);
    const { store } = storeOn(storage);
    expect(store.getSnapshot().progress.questions[5]).toMatchObject({ lastGrade: 'good', reviews: 2, reviewedAt: '2026-11-01T08:00:00.000Z' });
    expect(JSON.parse(storage.items.get('progress')!)).toMatchObject({ version: 2, questions: { 5: { lastGrade: 'good' } } });
    expect(storage.items.get('v1')).toBe(version1);
    expect(store.getSnapshot().notice).toBeUndefined();
  });

  it('sets aside unreadable progress and starts afresh', () => {
    const storage = new FakeStorage();
    storage.items.set('progress', '{"format": "sre-interview-questions/study-progress", "vers');
    const { store } = storeOn(storage);
    expect(store.getSnapshot()).toMatchObject({ progress: { questions: {}, notes: {} }, notice: { kind: 'reset', problem: 'unreadable' } });
    expect(storage.items.get('unreadable')).toContain('"vers');
  });
});

describe('progress store: import, notes and reset', () => {
  it('changes nothing when an import file is damaged, truncated, foreign or newer', async () => {
    const storage = new FakeStorage();
    const { store } = storeOn(storage);
    await store.grade(3, 'good', now);
    store.setNote(3, 'mine');
    const before = storage.items.get('progress');
    const good = writeProgress({ questions: {}, notes: { 3: 'theirs' } }, now);
    for (const text of ['not json', good.slice(0, good.length / 2), '{"theme":"dark"}', good.replace('"version": 2', '"version": 3')]) {
      expect(store.importText(text, { now }).ok).toBe(false);
      expect(storage.items.get('progress')).toBe(before);
    }
    // Negative control: the intact file does change it.
    expect(store.importText(good, { now })).toMatchObject({ ok: true, changed: 1, saved: true });
    expect(store.getSnapshot().progress.notes[3]).toMatch(/^mine\n\n— from import on \d{4}-\d{2}-\d{2} —\ntheirs$/);
  });

  it('removes a note cleared to blank, and resets everything on request', async () => {
    const storage = new FakeStorage();
    const { store } = storeOn(storage);
    await store.grade(3, 'good', now);
    store.setNote(3, 'x');
    store.setNote(3, '   ');
    expect(store.getSnapshot().progress.notes).toEqual({});
    expect(store.reset()).toBe(true);
    expect(store.getSnapshot().progress).toEqual({ questions: {}, notes: {} });
    expect(readProgress(storage.items.get('progress')!)).toMatchObject({ ok: true, progress: { questions: {}, notes: {} } });
  });
});
