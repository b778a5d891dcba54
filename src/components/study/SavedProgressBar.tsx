import useIsBrowser from '@docusaurus/useIsBrowser';
import type { ReactNode } from 'react';
import { countProgress } from '@site/src/study/topic-progress';
import { useProgressState } from './useStudyStores';
import ProgressBar from './ProgressBar';

/**
 * This browser's progress on some questions. Progress exists only in the
 * browser, so the static HTML has no bar rather than a wrong one.
 */
export default function SavedProgressBar({ questionIds, label }: { questionIds: readonly number[]; label: string }): ReactNode {
  const { progress } = useProgressState();
  if (!useIsBrowser()) return null;
  return <ProgressBar counts={countProgress(questionIds, progress)} label={label} />;
}
