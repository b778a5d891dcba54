/**
 * The printable study sheets: one for every question, one per topic (its own
 * questions, as on its page). A sheet longer than PAGING.printSheet
 * (contract/urls.ts) is printed in parts: `/print/<id>`, `/print/<id>/2`, …
 */
import { PAGING, pages, PRINT_ALL, printSheetPath } from '../../../../contract/urls.ts';
import type { PrintSheet, SheetQuestion } from '../shared/types.ts';
import type { ShareData, ShareQuestion } from './generated-data.ts';

/** Every sheet, keyed by its path (contract/urls.ts, printSheetPath). */
export function printSheets(data: ShareData, siteTitle: string, perSheet: number = PAGING.printSheet): Map<string, PrintSheet> {
  const topicTitle = new Map(data.topics.map((topic) => [topic.id, topic.title]));
  const byId = new Map(data.questions.map((question) => [question.id, question]));
  const sheetQuestion = (question: ShareQuestion): SheetQuestion => ({
    id: question.id,
    title: question.title,
    permalink: question.permalink,
    topicTitle: topicTitle.get(question.primaryTopic)!,
    kind: question.kind,
    answerBlocks: question.answerBlocks,
  });
  const sheets = new Map<string, PrintSheet>();
  const addSheet = (id: string, sheet: Omit<PrintSheet, 'questions' | 'part'>, questions: readonly ShareQuestion[]) => {
    const parts = pages(questions, perSheet);
    const paths = parts.map((_, index) => printSheetPath(id, index + 1));
    parts.forEach((part, index) => {
      sheets.set(paths[index]!, {
        ...sheet,
        ...(parts.length > 1 ? { part: { number: index + 1, paths, firstQuestion: index * perSheet + 1 } } : {}),
        questions: part.map(sheetQuestion),
      });
    });
  };
  // Topic by topic, in the sidebar's order, so the full sheet reads like the site.
  const all = data.topics.flatMap((topic) => topic.questionIds.map((id) => byId.get(id)!));
  addSheet(
    PRINT_ALL,
    { title: `${siteTitle}: study sheet`, description: `All ${all.length} questions, then their model answers.`, backLink: { title: 'Home', permalink: '/' } },
    all,
  );
  for (const topic of data.topics) {
    addSheet(
      topic.id,
      {
        title: `${topic.title}: study sheet`,
        description: `The ${topic.questionIds.length} questions of ${topic.title}, then their model answers.`,
        backLink: { title: topic.title, permalink: topic.permalink },
      },
      topic.questionIds.map((id) => byId.get(id)!),
    );
  }
  return sheets;
}
