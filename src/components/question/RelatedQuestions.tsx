import Link from '@docusaurus/Link';
import type { ReactNode } from 'react';
import styles from './question.module.css';
import { useQuestion } from './useQuestion';

/** Three questions with the most similar wording (TF-IDF, computed by the generator). */
export default function RelatedQuestions(): ReactNode {
  const question = useQuestion();
  if (!question || question.related.length === 0) return null;
  return (
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
  );
}
