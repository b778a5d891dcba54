/** Fetches one question's answer chunk; nothing of it is in the quiz page until this runs. */
import loaders from '@sre-quiz/answer-loaders';
import type { QuizAnswer } from '../shared/constants';

export async function loadAnswer(questionId: number): Promise<QuizAnswer> {
  const load = loaders[String(questionId)];
  if (!load) throw new Error(`no answer chunk for question ${questionId}`);
  return (await load()).default;
}
