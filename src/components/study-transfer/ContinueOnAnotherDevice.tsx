import useBaseUrl from '@docusaurus/useBaseUrl';
import { lazy, Suspense, useEffect, useId, useState, type ReactNode } from 'react';
import { STUDY_PATH } from '@site/contract/urls';
import { writeWithClipboardApi } from '@site/src/copy-link/clipboard';
import { datedFileName, downloadText } from '@site/src/components/study/download';
import { useProgressState } from '@site/src/components/study/useStudyStores';
import { classes as styles } from '@site/src/components/study-session/stylesheet-classes';
import { progressStore } from '@site/src/study/browser/progress-store';
import { backupReminderDone } from '@site/src/study/browser/transfer-backup-reminder';
import { canMakeTransferLinks, fitsOneQrCode, QR_BYTE_CAPACITY } from '@site/src/study/transfer-link';
import { progressToFragment } from '@site/src/study/transfer-progress';

// uqr loads only when the reader opens this panel.
const QrCode = lazy(() => import(/* webpackChunkName: "qr-code" */ './QrCode'));

/** The element id readers are sent to from the storage reminder. */
export const CONTINUE_ON_ANOTHER_DEVICE_ID = 'continue-on-another-device';

export function exportProgressFile(): void {
  downloadText(datedFileName('sre-study-progress'), progressStore.exportText());
}

const numberFormat = new Intl.NumberFormat('en');

function TransferLink({ link }: { link: string }): ReactNode {
  const fieldId = useId();
  const [copied, setCopied] = useState<boolean | undefined>(undefined);
  const copy = () =>
    void writeWithClipboardApi(link).then((ok) => {
      setCopied(ok);
      if (ok) backupReminderDone();
    });
  return (
    <>
      <label htmlFor={fieldId}>Transfer link</label>
      <div className={styles.inlineButtons}>
        <input id={fieldId} type="text" readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
        <button type="button" className={styles.secondaryButton} onClick={copy}>
          Copy link
        </button>
      </div>
      <p role="status">{copied === true ? 'Link copied.' : copied === false ? 'Could not copy: select the link and copy it yourself.' : ''}</p>
      <Suspense fallback={<p>Drawing the QR code…</p>}>
        <QrCode text={link} label="QR code of the transfer link: scan it with the other device’s camera" />
      </Suspense>
    </>
  );
}

/**
 * "Continue on another device": a link, and its QR code, that carries this
 * browser's progress in the URL fragment, which never reaches a server.
 * The link is made when the reader opens the panel, and again when the progress changes.
 */
export default function ContinueOnAnotherDevice(): ReactNode {
  const { progress } = useProgressState();
  const studyUrl = useBaseUrl(STUDY_PATH);
  const [open, setOpen] = useState(false);
  const [link, setLink] = useState<string | undefined>(undefined);
  const supported = canMakeTransferLinks();
  const graded = Object.keys(progress.questions).length;

  useEffect(() => {
    if (!open || !supported || graded === 0) return;
    let current = true;
    void progressToFragment(progress).then((fragment) => {
      if (current) setLink(new URL(`${studyUrl}#${fragment}`, window.location.origin).href);
    });
    return () => {
      current = false;
    };
  }, [open, supported, graded, progress, studyUrl]);

  let body: ReactNode;
  if (graded === 0) body = <p>Nothing graded yet in this browser, so there is nothing to carry over.</p>;
  else if (!supported) body = <p>This browser cannot make transfer links. Use Export progress above, then Import progress on the other device.</p>;
  else if (link === undefined) body = <p>Making the link…</p>;
  else if (!fitsOneQrCode(link)) {
    body = (
      <>
        <p>
          Your progress makes a link of {numberFormat.format(link.length)} characters, too long for one QR code (at most {numberFormat.format(QR_BYTE_CAPACITY)}
          ) and for some apps. Export it to a file instead, and import that file on the other device.
        </p>
        <button type="button" className={styles.secondaryButton} onClick={exportProgressFile}>
          Export to a file
        </button>
      </>
    );
  } else body = <TransferLink link={link} />;

  return (
    <details id={CONTINUE_ON_ANOTHER_DEVICE_ID} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Continue on another device</summary>
      <p>
        Open this link on your phone or another computer (or scan its QR code) to take your grades there, without an account. Your progress travels in the part
        after “#”, which browsers never send to a server. The other device shows what will change before it changes anything.
      </p>
      {open && body}
    </details>
  );
}
