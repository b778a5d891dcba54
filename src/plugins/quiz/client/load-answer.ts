/** Fetches one question's answer file; nothing of it is in the quiz page until this runs. */
import type { QuizAnswer } from '../shared/constants';

export async function loadAnswer(url: string): Promise<QuizAnswer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return (await response.json()) as QuizAnswer;
}
