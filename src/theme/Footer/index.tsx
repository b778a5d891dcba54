// Wraps the footer so it hydrates apart from the rest of the page (it has no state: it only needs its links to work).
import Footer from '@theme-original/Footer';
import type { ReactNode } from 'react';
import HydrateSeparately from '@site/src/components/hydration/HydrateSeparately';

export default function FooterWrapper(): ReactNode {
  return (
    <HydrateSeparately>
      <Footer />
    </HydrateSeparately>
  );
}
