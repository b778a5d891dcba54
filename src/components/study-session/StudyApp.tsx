import { useLocation } from '@docusaurus/router';
import { useMemo, type ReactNode } from 'react';
import TransferNotices from '@site/src/components/study-transfer/TransferNotices';
import { parseSessionSearch } from '@site/src/study/session-url';
import SessionView from './SessionView';
import SetupView from './SetupView';

/** The /study page: a session when the URL describes one, the setup form otherwise. */
export default function StudyApp(): ReactNode {
  const { search, key } = useLocation();
  const plan = useMemo(() => parseSessionSearch(search), [search]);
  // Keyed by the navigation, so opening a session link (even the same one again) starts it afresh.
  return (
    <>
      <TransferNotices />
      {plan ? <SessionView key={key ?? search} plan={plan} /> : <SetupView />}
    </>
  );
}
