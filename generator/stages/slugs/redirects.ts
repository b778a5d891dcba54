import type { RedirectRecord } from '../../../contract/records.ts';
import { questionPath, shortLinkPath, topicPath } from '../../../contract/urls.ts';
import type { LockedQuestion } from './slug-lock.ts';

/** Where a removed question's URLs go: its last topic's page, or the home page if that topic is gone too. */
export function retiredTarget(entry: LockedQuestion, topicIds: readonly string[]): string {
  return topicIds.includes(entry.topic) ? topicPath(entry.topic) : '/';
}

/**
 * Every redirect that keeps a published URL alive: each short link, each
 * slug renamed by hand, and every URL of a removed question. Sorted by source
 * path so the file is byte-identical between runs.
 */
export function redirectsFor(active: readonly LockedQuestion[], retired: readonly LockedQuestion[], topicIds: readonly string[]): RedirectRecord[] {
  return [
    // Short links people can say aloud: "see q/17".
    ...active.map((entry) => ({ from: shortLinkPath(entry.id), to: questionPath(entry.slug) })),
    ...active.flatMap((entry) => (entry.formerSlugs ?? []).map((former) => ({ from: questionPath(former), to: questionPath(entry.slug) }))),
    ...retired.flatMap((entry) => [
      { from: shortLinkPath(entry.id), to: retiredTarget(entry, topicIds) },
      ...[entry.slug, ...(entry.formerSlugs ?? [])].map((slug) => ({ from: questionPath(slug), to: retiredTarget(entry, topicIds) })),
    ]),
  ].sort((a, b) => a.from.localeCompare(b.from));
}
