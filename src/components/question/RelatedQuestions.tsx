import Link from '@docusaurus/Link';
import type { ReactNode } from 'react';
import type { LinkedTitle } from '@site/contract/records';
import ShareButtons from '@site/src/components/copy-link/ShareButtons';
import styles from './question.module.css';
import { useQuestion } from './useQuestion';

function LinkSection({ id, heading, links }: { id: string; heading: string; links: readonly LinkedTitle[] }): ReactNode {
  if (links.length === 0) return null;
  return (
    <nav className={styles.related} aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul>
        {links.map((link) => (
          <li key={link.permalink}>
            <Link to={link.permalink}>{link.title}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * What follows a question's answer: the share buttons, reference pages for the
 * question, then the three questions with the most similar wording (TF-IDF,
 * computed by the generator). The share buttons sit here, not under the
 * heading, because a reader shares a question after reading it, and above the
 * answer they pushed it off a phone's first screen (issue 12).
 */
export default function RelatedQuestions(): ReactNode {
  const question = useQuestion();
  if (!question) return null;
  return (
    <>
      <ShareButtons />
      <LinkSection id="further-reading" heading="Further reading" links={question.guides} />
      <LinkSection id="related-questions" heading="Related questions" links={question.related} />
    </>
  );
}
