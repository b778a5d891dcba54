import Link from '@docusaurus/Link';
import type { ReactNode } from 'react';
import styles from './question.module.css';
import { useQuestion } from './useQuestion';

const KIND_LABEL = { behavioural: 'Behavioural', technical: 'Technical' } as const;
const KIND_HINT = {
  behavioural: 'Answer with a story from your experience: situation, task, action, result.',
  technical: 'Answer with how you would reason about and solve the problem.',
} as const;

/**
 * Under the question's heading: topic badges and the behavioural/technical
 * label, in one compact row. The share buttons come after the answer
 * (RelatedQuestions), so that on a phone the answer starts on the first screen.
 */
export default function QuestionMeta(): ReactNode {
  const question = useQuestion();
  if (!question) return null;
  return (
    <div className={styles.meta}>
      <ul className={styles.badges} aria-label="Topics">
        {question.topics.map((topic, index) => (
          <li key={topic.id}>
            <Link className={index === 0 ? styles.badgePrimary : styles.badge} to={topic.permalink} title={index === 0 ? 'Main topic' : 'Also covers'}>
              {topic.title}
            </Link>
          </li>
        ))}
      </ul>
      <span className={styles[question.kind]} title={KIND_HINT[question.kind]}>
        {KIND_LABEL[question.kind]}
      </span>
    </div>
  );
}
