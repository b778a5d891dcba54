/**
 * Runs an async task on every item with at most `limit` running at once. Writing thousands of files with one
 * Promise.all opens them all together: at 10,000 questions the redirect pages and the preview images, written side by
 * side in postBuild, passed this machine's limit of 20,000 open files (EMFILE), and many systems allow 1,024 or 256.
 */
export const FILES_OPEN_AT_ONCE = 64;

export async function forEachLimited<Item>(items: readonly Item[], limit: number, task: (item: Item) => Promise<unknown>): Promise<void> {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`forEachLimited: limit must be a whole number from 1, not ${limit}`);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next]!;
      next += 1;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
