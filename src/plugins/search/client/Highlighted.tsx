import { Fragment, type ReactNode } from 'react';
import type { Segment } from '../shared/types';

/** Matched words in <mark>. Every segment is a text node, so search text can never become markup. */
export default function Highlighted({ segments }: { segments: readonly Segment[] }): ReactNode {
  return segments.map((segment, index) => (segment.match ? <mark key={index}>{segment.text}</mark> : <Fragment key={index}>{segment.text}</Fragment>));
}
