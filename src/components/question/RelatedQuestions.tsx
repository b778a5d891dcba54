import Link from '@docusaurus/Link';
import type { ReactNode } from 'react';
import styles from './question.module.css';
import { useQuestion } from './useQuestion';

/**
 * Reference pages for this question, then the three questions with the most
 * similar wording (TF-IDF, computed by the generator).
 */
export default function RelatedQuestions(): ReactNode {
  const question = useQuestion();
  if (!question) return null;
  return (
    <>
      {question.guides.length > 0 && (
        <nav className={styles.related} aria-labelledby="further-reading">
          <h2 id="further-reading">Further reading</h2>
          <ul>
            {question.guides.map((guide) => (
              <li key={guide.permalink}>
                <Link to={guide.permalink}>{guide.title}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {question.related.length > 0 && (
        <nav className={styles.related} aria-labelledby="related-questions">
          <h2 id="related-questions">Related questions</h2>
          <ul>
            {question.related.map((related) => (
              <li key={related.permalink}>
                <Link to={related.permalink}>{related.title}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </>
  );
}
