import type { ReactNode } from 'react';
import BackupReminder from './BackupReminder';
import TransferArrival from './TransferArrival';

/** What /study says first about moving progress: an opened transfer link, and the one-time suggestion to keep a copy. */
export default function TransferNotices(): ReactNode {
  return (
    <>
      <TransferArrival />
      <BackupReminder />
    </>
  );
}
