import MDXLi from '@theme/MDXComponents/Li';
import { useContext, type ComponentProps, type ReactNode } from 'react';
import { KEY_POINT_ATTRIBUTE } from '@site/src/markdown/answer-key-points';
import { KeyPointCheckContext } from './AnswerContext';
import styles from './study.module.css';

/**
 * Every `<li>` in MDX goes through here. A key point of an answer (marked by
 * src/markdown/answer-key-points.ts) becomes a checkbox the reader ticks when
 * their own answer covered it, while the self-check is on; anything else, and
 * the static HTML, stay the theme's plain list item.
 */
export default function KeyPointItem(props: ComponentProps<typeof MDXLi>): ReactNode {
  const check = useContext(KeyPointCheckContext);
  const point = Number((props as Record<string, unknown>)[KEY_POINT_ATTRIBUTE]);
  if (!check || !Number.isInteger(point) || point < 1) return <MDXLi {...props} />;
  return (
    <MDXLi {...props}>
      <label className={styles.keyPointLabel}>
        <input type="checkbox" checked={check.covered.has(point)} onChange={() => check.toggle(point)} />
        <span>{props.children}</span>
      </label>
    </MDXLi>
  );
}
