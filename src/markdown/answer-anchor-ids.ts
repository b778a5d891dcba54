/**
 * The anchors inside an answer (see answer-key-points.ts). Kept apart from the
 * remark plugin so the theme components can name the same ids without
 * bundling the plugin's mdast types.
 */

/** A paragraph or bullet of an answer, by position: `point-3`, or `question-17-point-3` in a topic page. */
export function pointId(index: number, questionId?: number): string {
  return questionId === undefined ? `point-${index}` : `question-${questionId}-point-${index}`;
}

/** A bullet of an answer, among the bullets only: `key-point-2` (kept for links shared before points existed). */
export function keyPointId(index: number, questionId?: number): string {
  return questionId === undefined ? `key-point-${index}` : `question-${questionId}-key-point-${index}`;
}
