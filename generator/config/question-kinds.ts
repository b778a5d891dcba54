/**
 * The second facet: behavioural questions ask for a story from the
 * candidate's past ("Tell me about a time…") and are best answered with STAR;
 * everything else is technical. A question is behavioural when its text
 * matches any of these patterns.
 */
export const behaviouralPatterns: readonly RegExp[] = [
  /^tell me about\b/i,
  /^describe a time\b/i,
  /\ba time (?:when |you |a )/i,
  /^walk me through an? .*\byou (?:handled|led|ran|owned)\b/i,
  /^if you joined\b/i,
];
