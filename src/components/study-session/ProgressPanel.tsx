import { useId, useState, type ChangeEvent, type ReactNode } from 'react';
import { describeChanges, describeKept } from '@site/src/study/describe-changes';
import { datedFileName, downloadText } from '@site/src/components/study/download';
import { useProgressState } from '@site/src/components/study/useStudyStores';
import ProgressBar, { ProgressLegend } from '@site/src/components/study/ProgressBar';
import ContinueOnAnotherDevice from '@site/src/components/study-transfer/ContinueOnAnotherDevice';
import ResetProgress from './ResetProgress';
import { progressStore, type ImportResult } from '@site/src/study/browser/progress-store';
import { isDue } from '@site/src/study/due';
import { countProgress, describeCounts } from '@site/src/study/topic-progress';
import { topics } from './questions-and-topics';
import { classes as styles } from './stylesheet-classes';

/** The browser could not read the chosen file (it was moved, or access was refused). */
const UNREADABLE_FILE = 'That file could not be read. Choose it again, or export it again from the other browser. Nothing was changed.';

function importMessage(result: ImportResult): string {
  if (!result.ok) {
    return result.problem === 'newer-version'
      ? 'That file was exported by a newer version of this site. Reload this page to get the newer version, then import again. Nothing was changed.'
      : 'That file is not a study-progress export from this site. Nothing was changed.';
  }
  const skipped = result.skipped > 0 ? ` ${result.skipped} unreadable ${result.skipped === 1 ? 'entry was' : 'entries were'} skipped.` : '';
  const kept = describeKept(result.diff);
  const notSaved = result.saved ? '' : ' This browser could not save the result: it lasts until you leave. Export it to keep it.';
  return `Imported: ${describeChanges(result.diff)}.${kept ? ` ${kept}` : ''}${skipped}${notSaved}`;
}

/** Per-topic progress as pictures, and moving progress to another browser as a file. */
export default function ProgressPanel(): ReactNode {
  const { progress } = useProgressState();
  const [message, setMessage] = useState('');
  const headingId = useId();
  const fileId = useId();
  const now = new Date();
  const dueNow = Object.values(progress.questions).filter((entry) => isDue(entry, now)).length;

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage(UNREADABLE_FILE);
      return;
    }
    setMessage(importMessage(progressStore.importText(text)));
  };

  return (
    <section className={styles.progressPanel} aria-labelledby={headingId}>
      <h2 id={headingId}>Your progress</h2>
      <p>
        {Object.keys(progress.questions).length === 0
          ? 'Nothing graded yet in this browser.'
          : `${dueNow} ${dueNow === 1 ? 'question is' : 'questions are'} due for review.`}
      </p>
      <ProgressLegend />
      <ul className={styles.topicBars}>
        {topics.map((topic) => {
          const counts = countProgress(topic.questionIds, progress);
          return (
            <li key={topic.id}>
              <span className={styles.topicBarTitle}>{topic.title}</span>
              <ProgressBar counts={counts} label={`Your progress in ${topic.title}`} />
              <span className={styles.muted} aria-hidden="true">
                {describeCounts(counts)}
              </span>
            </li>
          );
        })}
      </ul>
      <h3>Move your progress to another browser</h3>
      <div className={styles.inlineButtons}>
        <button type="button" className={styles.secondaryButton} onClick={() => downloadText(datedFileName('sre-study-progress'), progressStore.exportText())}>
          Export progress
        </button>
        {/* The input is visually hidden but focusable; the label after it is what shows, and shows its focus. */}
        <input id={fileId} className={styles.fileInput} type="file" accept=".json,application/json" onChange={(event) => void onFile(event)} />
        <label htmlFor={fileId} className={styles.secondaryButton}>
          Import progress…
        </label>
      </div>
      <p role="status" className={styles.importStatus}>
        {message}
      </p>
      <ContinueOnAnotherDevice />
      <ResetProgress />
    </section>
  );
}
