import type { ParsedQuestion } from './model.ts';
import { answerText } from './text.ts';

const STOPWORDS = new Set(
  `a about after again all also am an and any are as at be because been before being both but by can could did do
  does doing down during each even few for from further had has have having he her here how i if in into is it its
  just like make me more most my no nor not now of off on once one only or other our out over own same she should
  so some such than that the their them then there these they this those through to too under until up very was we
  were what when where which while who whom why will with would you your i’d i’m i’ve it’s don’t`.split(/\s+/),
);

/** Crude suffix stripping: enough for "alerts"/"alerting" and "failures"/"failure" to meet. */
function stem(word: string): string {
  return word.replace(/(?:ing|ed|es|s)$/, '').replace(/(.)\1$/, '$1');
}

export function terms(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}’'-]+/u)
    .map((word) => word.replace(/^[-’']+|[-’']+$/g, ''))
    .filter((word) => word.length > 2 && !STOPWORDS.has(word))
    .map(stem);
}

/**
 * The most similar questions to each question by TF-IDF cosine similarity of
 * title (counted twice, as it names the subject) and answer. Ties go to the
 * lower question number so the result is deterministic.
 */
export function relatedQuestions(questions: readonly ParsedQuestion[], count = 3): Map<number, number[]> {
  const documents = questions.map((question) => {
    const frequencies = new Map<string, number>();
    for (const term of [...terms(question.title), ...terms(question.title), ...terms(answerText(question))]) {
      frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
    }
    return frequencies;
  });
  const documentFrequency = new Map<string, number>();
  for (const frequencies of documents) {
    for (const term of frequencies.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const vectors = documents.map((frequencies) => {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [term, frequency] of frequencies) {
      const weight = (1 + Math.log(frequency)) * Math.log(documents.length / documentFrequency.get(term)!);
      vector.set(term, weight);
      norm += weight * weight;
    }
    return { vector, norm: Math.sqrt(norm) || 1 };
  });

  const related = new Map<number, number[]>();
  questions.forEach((question, index) => {
    const own = vectors[index]!;
    const scored = questions
      .map((other, otherIndex) => {
        if (otherIndex === index) return { number: other.number, score: -1 };
        const theirs = vectors[otherIndex]!;
        let dot = 0;
        for (const [term, weight] of own.vector) dot += weight * (theirs.vector.get(term) ?? 0);
        return { number: other.number, score: dot / (own.norm * theirs.norm) };
      })
      .filter((candidate) => candidate.score >= 0)
      .sort((a, b) => b.score - a.score || a.number - b.number);
    related.set(
      question.number,
      scored.slice(0, count).map((candidate) => candidate.number),
    );
  });
  return related;
}
