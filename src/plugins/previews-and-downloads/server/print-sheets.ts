/** The printable study sheets: one for every question, one per topic (its own questions, as on its page). */
import { PRINT_ALL } from '../../../../contract/urls.ts';
import type { PrintSheet, SheetQuestion } from '../shared/types.ts';
import type { ShareData, ShareQuestion } from './generated-data.ts';

export function printSheets(data: ShareData, siteTitle: string): Map<string, PrintSheet> {
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
  // Topic by topic, in the sidebar's order, so the full sheet reads like the site.
  const all = data.topics.flatMap((topic) => topic.questionIds.map((id) => byId.get(id)!));
  const sheets = new Map<string, PrintSheet>([
    [
      PRINT_ALL,
      {
        title: `${siteTitle}: study sheet`,
        description: `All ${all.length} questions, then their model answers.`,
        backLink: { title: 'Home', permalink: '/' },
        questions: all.map(sheetQuestion),
      },
    ],
  ]);
  for (const topic of data.topics) {
    sheets.set(topic.id, {
      title: `${topic.title}: study sheet`,
      description: `The ${topic.questionIds.length} questions of ${topic.title}, then their model answers.`,
      backLink: { title: topic.title, permalink: topic.permalink },
      questions: topic.questionIds.map((id) => sheetQuestion(byId.get(id)!)),
    });
  }
  return sheets;
}
