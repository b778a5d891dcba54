// Wraps the site's root (it never unmounts) to keep study mode in step with navigation and to show storage notices.
import { useLocation } from '@docusaurus/router';
import Root from '@theme-original/Root';
import type { ComponentProps, ReactNode } from 'react';
import { useEffect } from 'react';
import StorageNoticeBanner from '@site/src/components/study/StorageNoticeBanner';
import { modeStore } from '@site/src/study/browser/mode-store';

function StudyModeFromLinks(): null {
  const { search } = useLocation();
  useEffect(() => modeStore.applyToDocument(), []);
  useEffect(() => modeStore.followLink(search), [search]);
  return null;
}

export default function RootWrapper(props: ComponentProps<typeof Root>): ReactNode {
  return (
    <>
      <StudyModeFromLinks />
      <StorageNoticeBanner />
      <Root {...props} />
    </>
  );
}
