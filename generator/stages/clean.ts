import type { AnswerBlock, CleanDocument, DroppedLine, ParsedDocument, ParsedQuestion } from '../document-types.ts';

/** One kind of scraped text to drop; `name` is the reason --verbose shows. */
export interface MarketingRule {
  readonly name: string;
  readonly pattern: RegExp;
}

/** Lines to drop wherever they appear, and lines that start the footer (dropped with all that follows). */
export interface MarketingPatterns {
  readonly blockLines: readonly MarketingRule[];
  readonly trailerStarts: readonly MarketingRule[];
}

/**
 * Removes the scraped page's header, the marketing blocks between answers and
 * the footer. Returns what was dropped, with the rule that dropped it, so the
 * generator can report it and a test can prove no line was silently lost.
 */
export function cleanDocument(document: ParsedDocument, patterns: MarketingPatterns): CleanDocument {
  const dropped: DroppedLine[] = document.preamble.map((line) => ({ ...line, reason: 'page header before question 1' }));
  let inTrailer: string | undefined;

  const questions = document.questions.map((question): ParsedQuestion => {
    const kept: AnswerBlock[] = [];
    for (const block of question.blocks) {
      const lines = block.kind === 'list' ? block.items : [block];
      if (inTrailer === undefined && block.kind === 'paragraph') {
        inTrailer = matchingRule(block.text, patterns.trailerStarts);
      }
      const reason = inTrailer ?? (block.kind === 'paragraph' ? matchingRule(block.text, patterns.blockLines) : undefined);
      if (reason === undefined) {
        kept.push(block);
      } else {
        for (const line of lines) dropped.push({ line: line.line, text: line.text, reason });
      }
    }
    return { ...question, blocks: kept };
  });

  dropped.sort((a, b) => a.line - b.line);
  return { file: document.file, questions, dropped };
}

function matchingRule(text: string, rules: readonly MarketingRule[]): string | undefined {
  return rules.find((rule) => rule.pattern.test(text))?.name;
}
