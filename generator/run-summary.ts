import type { GenerateResult } from './generate-site.ts';

/** What the CLI prints after a run: counts, and with --verbose every dropped line and classification decision. */
export function formatRunSummary(result: GenerateResult, options: { verbose: boolean; outDir: string; overridesFile: string; milliseconds: number }): string {
  const pages = [...result.files.keys()].filter((path) => path.endsWith('.mdx')).length;
  const lines = [
    `Generated ${result.questions.length} questions, ${pages} pages in ${options.outDir} (${options.milliseconds.toFixed(0)} ms).`,
    `Dropped ${result.dropped.length} lines of page text that is not interview content${options.verbose ? ':' : ' (--verbose lists them).'}`,
  ];
  if (result.teamQuestionCount > 0) {
    const files = [...new Set(result.questions.slice(-result.teamQuestionCount).map((question) => question.file.replace(/\/[^/]*$/, '')))];
    lines.push(`Merged ${result.teamQuestionCount} team questions from ${files.join(', ')}.`);
  }
  if (options.verbose) {
    for (const line of result.dropped) lines.push(`  line ${line.line} [${line.reason}] ${line.text}`);
    lines.push('Classification (primary ← rule or override; secondary; kind; top scores):');
    for (const question of result.questions) {
      const c = question.classification;
      const top = Object.entries(c.scores)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([id, score]) => `${id} ${score}`)
        .join(', ');
      lines.push(
        `  ${String(question.number).padStart(3)}. ${c.primary} ← ${c.primarySource}; [${c.secondary.join(', ')}]; ${c.kind} (${c.kindSource}); ${top}`,
      );
    }
  }
  if (result.unusedOverrides.length > 0) {
    lines.push(
      `Warning: ${result.unusedOverrides.length} classification overrides match no question; update or delete them in ${options.overridesFile}:`,
      ...result.unusedOverrides.map((title) => `  "${title}…"`),
    );
  }
  if (result.slugChanges.length > 0) {
    lines.push('Slug lock changes:', ...result.slugChanges.map((change) => `  ${change}`));
  }
  return lines.join('\n');
}
