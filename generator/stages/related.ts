import type { ParsedQuestion } from '../document-types.ts';
import { stemCrudely } from '../../lib/text-analysis/stem.ts';
import { SIMILARITY_STOPWORDS } from '../../lib/text-analysis/stopwords.ts';
import { answerText } from './answer-text.ts';

function terms(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}’'-]+/u)
    .map((word) => word.replace(/^[-’']+|[-’']+$/g, ''))
    .filter((word) => word.length > 2 && !SIMILARITY_STOPWORDS.has(word))
    .map(stemCrudely);
}

/**
 * The most similar questions to each question by TF-IDF cosine similarity of
 * title (counted twice, as it names the subject) and answer. Ties go to the
 * lower question number so the result is deterministic.
 *
 * Scores are accumulated through an inverted index, so only questions that
 * share a term are ever compared, and terms in more than MAX_SHARE of all
 * questions (near-zero IDF) are skipped: generation stays close to linear in
 * the number of questions instead of quadratic.
 */
const MAX_SHARE = 0.02;
const MIN_POSTINGS_CAP = 60;

function isBetter(a: { number: number; score: number }, b: { number: number; score: number }): boolean {
  return a.score > b.score || (a.score === b.score && a.number < b.number);
}

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

  const postings = new Map<string, { index: number; weight: number }[]>();
  const weights = documents.map(() => new Map<string, number>());
  const norms = documents.map((frequencies, index) => {
    let norm = 0;
    for (const [term, frequency] of frequencies) {
      const weight = (1 + Math.log(frequency)) * Math.log(documents.length / documentFrequency.get(term)!);
      if (weight === 0) continue;
      norm += weight * weight;
      weights[index]!.set(term, weight);
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push({ index, weight });
    }
    return Math.sqrt(norm) || 1;
  });
  const postingsCap = Math.max(MIN_POSTINGS_CAP, Math.ceil(documents.length * MAX_SHARE));

  const related = new Map<number, number[]>();
  const dots = new Float64Array(questions.length);
  questions.forEach((question, index) => {
    const touched: number[] = [];
    for (const [term, own] of weights[index]!) {
      const list = postings.get(term)!;
      if (list.length > postingsCap) continue;
      for (const posting of list) {
        if (posting.index === index) continue;
        if (dots[posting.index] === 0) touched.push(posting.index);
        dots[posting.index] = dots[posting.index]! + own * posting.weight;
      }
    }
    // Keep the best `count` in one pass; sorting every touched question would dominate at scale.
    const best: { number: number; score: number }[] = [];
    for (const other of touched) {
      const candidate = { number: questions[other]!.number, score: dots[other]! / (norms[index]! * norms[other]!) };
      dots[other] = 0;
      const worst = best[best.length - 1];
      if (best.length < count || isBetter(candidate, worst!)) {
        best.push(candidate);
        best.sort((a, b) => (isBetter(a, b) ? -1 : 1));
        if (best.length > count) best.pop();
      }
    }
    related.set(
      question.number,
      best.map((candidate) => candidate.number),
    );
  });
  return related;
}
