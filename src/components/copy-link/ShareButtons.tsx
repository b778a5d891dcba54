import { useDoc } from '@docusaurus/plugin-content-docs/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useQuestion } from '@site/src/components/question/useQuestion';
import { copyFromField, writeWithClipboardApi } from '@site/src/copy-link/clipboard';
import { questionShareTexts, sitePathOf, type QuestionShareTexts } from '@site/src/copy-link/share-text';
import { SHARE_ACTIONS, type ShareAction } from '@site/src/copy-link/share-actions';
import styles from './share.module.css';

/** How long a button says "Copied" before it reads as before. */
const CONFIRMATION_MS = 2500;

/** `serial` grows with every outcome, so the live region announces a second identical copy again. */
type Outcome = { readonly action: ShareAction; readonly copied: boolean; readonly serial: number };

const nextOutcome =
  (action: ShareAction, copied: boolean) =>
  (previous: Outcome | undefined): Outcome => ({ action, copied, serial: (previous?.serial ?? 0) + 1 });

/**
 * "Copy link", "Copy as Markdown" and "Copy quiz link" on a question page.
 * The texts come from src/copy-link/share-text.ts. Each copy says so on the button
 * and in a polite live region. Where the clipboard is missing or refuses, the
 * text appears selected in a read-only field below, to copy by hand.
 * Disabled until the page has hydrated: without JavaScript they cannot work.
 */
export default function ShareButtons(): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const { metadata } = useDoc();
  const question = useQuestion();
  const isBrowser = useIsBrowser();
  const fieldId = useId();
  const field = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [manual, setManual] = useState<{ action: ShareAction; text: string } | undefined>();

  const texts: QuestionShareTexts = questionShareTexts({
    siteUrl: siteConfig.url,
    baseUrl: siteConfig.baseUrl,
    path: sitePathOf(metadata.permalink, siteConfig.baseUrl),
    title: metadata.title,
    primaryTopicTitle: question?.topics[0]?.title,
  });

  // The confirmation fades back to the button's own label.
  useEffect(() => {
    if (!outcome?.copied) return undefined;
    const timer = window.setTimeout(() => setOutcome(undefined), CONFIRMATION_MS);
    return () => window.clearTimeout(timer);
  }, [outcome]);

  // The manual-copy field appears after a failed copy: select it and try the older copy command on it.
  useEffect(() => {
    if (!manual || !field.current) return;
    const copied = copyFromField(field.current);
    setOutcome(nextOutcome(manual.action, copied));
  }, [manual]);

  const copy = async (action: ShareAction) => {
    const text = texts[action];
    if (await writeWithClipboardApi(text)) {
      setManual(undefined);
      setOutcome(nextOutcome(action, true));
    } else {
      setManual({ action, text });
    }
  };

  const status = outcome && statusMessage(outcome, manual !== undefined);
  return (
    <div className={styles.share}>
      <ul className={styles.shareButtons} aria-label="Share this question">
        {SHARE_ACTIONS.map(({ action, label, copiedLabel }) => {
          const confirmed = outcome?.action === action && outcome.copied;
          return (
            <li key={action}>
              <button type="button" className={styles.shareButton} disabled={!isBrowser} onClick={() => void copy(action)} data-share={action}>
                {confirmed ? copiedLabel : label}
              </button>
            </li>
          );
        })}
      </ul>
      {manual && (
        <div className={styles.manualCopy}>
          <label htmlFor={fieldId}>{SHARE_ACTIONS.find((entry) => entry.action === manual.action)!.fieldLabel}</label>
          <input id={fieldId} ref={field} type="text" readOnly value={manual.text} onFocus={(event) => event.currentTarget.select()} />
        </div>
      )}
      <p role="status" aria-live="polite" className={styles.shareStatus}>
        {status && <span key={status.key}>{status.text}</span>}
      </p>
    </div>
  );
}

function statusMessage(outcome: Outcome, manual: boolean): { key: string; text: string } {
  const { copiedMessage } = SHARE_ACTIONS.find((entry) => entry.action === outcome.action)!;
  const text = outcome.copied
    ? `${copiedMessage}${manual ? ' It is also shown below.' : ''}`
    : 'Your browser did not allow copying. The text is selected below: press Ctrl+C (⌘C on a Mac) to copy it.';
  return { key: `${outcome.action}-${outcome.serial}`, text };
}
