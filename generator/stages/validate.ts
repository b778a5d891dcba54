import { SourceError, throwIfAny } from '../source-errors.ts';
import type { CleanDocument } from '../document-types.ts';

/** Checks the cleaned document has content a page can be made of; lists every problem at once. */
export function validateDocument(document: CleanDocument): void {
  const { file, questions } = document;
  if (questions.length === 0) {
    throw new SourceError(
      file,
      undefined,
      'no questions found',
      'each question must start a line with its number, a dot and a space, like "1. What is an SLO?", numbered from 1',
    );
  }
  const errors: SourceError[] = [];
  const firstByTitle = new Map<string, number>();
  for (const question of questions) {
    if (question.blocks.length === 0) {
      errors.push(
        new SourceError(
          file,
          question.line,
          `question ${question.number} has no answer`,
          'write the answer on the lines after the question, or delete the question',
        ),
      );
    }
    const key = question.title.toLowerCase().replace(/\s+/g, ' ');
    const earlier = firstByTitle.get(key);
    if (earlier !== undefined) {
      errors.push(
        new SourceError(
          file,
          question.line,
          `question ${question.number} has the same title as the question at line ${earlier}`,
          'reword one of them, or merge their answers and delete one',
        ),
      );
    } else {
      firstByTitle.set(key, question.line);
    }
  }
  throwIfAny(errors);
}
