import Link from '@docusaurus/Link';
import type { ReactNode } from 'react';
import type { LinkedTitle } from '@site/contract/records';
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
 * Reference pages for this question, then the three questions with the most
 * similar wording (TF-IDF, computed by the generator).
 */
export default function RelatedQuestions(): ReactNode {
  const question = useQuestion();
  if (!question) return null;
  return (
    <>
      <LinkSection id="further-reading" heading="Further reading" links={question.guides} />
      <LinkSection id="related-questions" heading="Related questions" links={question.related} />
    </>
  );
}
