// Wraps a doc page's body (the question, its answer and its key points) so it hydrates apart from the page around it.
import Content from '@theme-original/DocItem/Content';
import type { ComponentProps, ReactNode } from 'react';
import HydrateSeparately from '@site/src/components/hydration/HydrateSeparately';

export default function ContentWrapper(props: ComponentProps<typeof Content>): ReactNode {
  return (
    <HydrateSeparately>
      <Content {...props} />
    </HydrateSeparately>
  );
}
