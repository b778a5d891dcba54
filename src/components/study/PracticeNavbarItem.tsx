import DefaultNavbarItem, { type Props } from '@theme/NavbarItem/DefaultNavbarItem';
import type { ReactNode } from 'react';
import DueTodayBadge from './DueTodayBadge';
import styles from './PracticeNavbarItem.module.css';

/**
 * The navbar's "Practice" link (`type: 'custom-practiceLink'` in
 * docusaurus.config.ts), with a badge counting the questions due today when
 * there are any: "Practice, 3 questions due today" to a screen reader.
 */
export default function PracticeNavbarItem({ label, className, ...props }: Props): ReactNode {
  return (
    <DefaultNavbarItem
      {...props}
      className={`${className ?? ''} ${styles.practiceLink}`}
      label={
        <>
          {label}
          <DueTodayBadge />
        </>
      }
    />
  );
}
