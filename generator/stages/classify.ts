import { SourceError, throwIfAny } from '../source-errors.ts';
import type { QuestionKind } from '../../contract/records.ts';
import type { ClassifiedQuestion, Classification, ParsedQuestion } from '../document-types.ts';
import type { ClassificationOverride, Taxonomy } from '../taxonomy.ts';
import { answerText } from './answer-text.ts';

const TITLE_WEIGHT = 3;
const ANSWER_WEIGHT = 1;
/** A topic becomes secondary when it scores at least this share of the primary's score… */
const SECONDARY_SHARE = 0.5;
/** …and at least this many points, so one stray word does not tag a question. */
const SECONDARY_MINIMUM = 4;
const MAX_SECONDARY = 2;

/**
 * Assigns each question one primary topic, up to two secondary topics and a
 * kind. Keyword rules first, then explicit per-question overrides; what a
 * team question's front matter declares (its topics, its kind) wins over both.
 */
export function classifyQuestions(
  questions: readonly ParsedQuestion[],
  taxonomy: Taxonomy,
): { questions: ClassifiedQuestion[]; unusedOverrides: ClassificationOverride[] } {
  validateOverrides(taxonomy);
  const overrideFor = (question: ParsedQuestion) => taxonomy.overrides.find((override) => question.title.startsWith(override.titleStartsWith));
  const matchers = taxonomy.topics.map((topic) => ({ topic, pattern: topicPattern(topic.keywords) }));

  const classified = questions.map((question) => {
    const title = question.title;
    const answer = answerText(question);
    const scores: Record<string, number> = {};
    for (const { topic, pattern } of matchers) {
      scores[topic.id] = TITLE_WEIGHT * countMatches(pattern, title) + ANSWER_WEIGHT * countMatches(pattern, answer);
    }
    const ranked = [...taxonomy.topics].sort((a, b) => scores[b.id]! - scores[a.id]! || a.order - b.order);
    const override = overrideFor(question);
    const declared = question.declared;

    const primary = declared?.topics?.[0] ?? override?.primary ?? ranked[0]!.id;
    const best = scores[ranked[0]!.id]!;
    const secondary =
      declared?.topics?.slice(1) ??
      override?.secondary ??
      ranked
        .filter((topic) => topic.id !== primary)
        .filter((topic) => scores[topic.id]! >= Math.max(SECONDARY_MINIMUM, best * SECONDARY_SHARE))
        .slice(0, MAX_SECONDARY)
        .map((topic) => topic.id);

    const ruleKind: QuestionKind = taxonomy.behaviouralPatterns.some((pattern) => pattern.test(title)) ? 'behavioural' : 'technical';

    const classification: Classification = {
      primary,
      secondary: secondary.filter((id) => id !== primary),
      kind: declared?.kind ?? override?.kind ?? ruleKind,
      scores,
      primarySource: declared?.topics ? 'front matter' : override?.primary ? 'override' : 'rules',
      kindSource: declared?.kind ? 'front matter' : override?.kind ? 'override' : 'rules',
    };
    return { ...question, classification };
  });
  const unusedOverrides = taxonomy.overrides.filter((override) => !questions.some((question) => question.title.startsWith(override.titleStartsWith)));
  return { questions: classified, unusedOverrides };
}

function validateOverrides(taxonomy: Taxonomy): void {
  const topicIds = taxonomy.topics.map((topic) => topic.id);
  const errors: SourceError[] = [];
  for (const override of taxonomy.overrides) {
    for (const id of [override.primary, ...(override.secondary ?? [])]) {
      if (id !== undefined && !topicIds.includes(id)) {
        errors.push(
          new SourceError(
            taxonomy.overridesFile,
            undefined,
            `the override for "${override.titleStartsWith}…" names an unknown topic "${id}"`,
            `use one of: ${topicIds.join(', ')}`,
          ),
        );
      }
    }
  }
  throwIfAny(errors);
}

/**
 * One alternation per topic, longest keyword first, so "alert fatigue" counts
 * once rather than also as "alert", and each text is scanned once per topic.
 */
function topicPattern(keywords: readonly string[]): RegExp {
  const alternatives = [...keywords]
    .sort((a, b) => b.length - a.length)
    .map((keyword) => keyword.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/['’]/g, "['’]"));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

function countMatches(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.exec(text)) count++;
  return count;
}
