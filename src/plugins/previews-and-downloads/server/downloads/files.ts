/** The downloads and robots.txt, as text, from the generated data: pure, written by the plugin. */
import { DOWNLOADS } from '../../../../../contract/urls.ts';
import type { ShareData } from '../generated-data.ts';
import { ankiDocument, ankiTag, answerHtml } from './anki.ts';
import { csvDocument } from './csv.ts';

const CSV_HEADER = ['number', 'question', 'topics', 'kind', 'answer', 'url'] as const;

/** Absolute URL of a site path: siteConfig.url + baseUrl + path. */
export function absoluteUrl(siteUrl: string, baseUrl: string, path: string): string {
  return `${siteUrl.replace(/\/+$/, '')}${baseUrl}${path.replace(/^\//, '')}`;
}

export interface SiteAddress {
  readonly siteUrl: string;
  readonly baseUrl: string;
}

/** Questions in site order: by number, the one on every short link (/q/<n>). */
const inOrder = (data: ShareData) => [...data.questions].sort((a, b) => a.id - b.id);

function questionsCsv(data: ShareData, site: SiteAddress): string {
  const topicTitle = new Map(data.topics.map((topic) => [topic.id, topic.title]));
  const rows = inOrder(data).map((question) => [
    question.id,
    question.title,
    [question.primaryTopic, ...question.secondaryTopics].map((id) => topicTitle.get(id)!).join('; '),
    question.kind,
    question.answer,
    absoluteUrl(site.siteUrl, site.baseUrl, question.permalink),
  ]);
  return csvDocument(CSV_HEADER, rows);
}

function ankiDeck(data: ShareData): string {
  return ankiDocument(
    inOrder(data).map((question) => ({
      front: question.title,
      backHtml: answerHtml(question.answerBlocks),
      tags: [question.primaryTopic, ...question.secondaryTopics].map(ankiTag),
    })),
  );
}

export function robotsTxt(site: SiteAddress): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site.siteUrl, site.baseUrl, '/sitemap.xml')}\n`;
}

/** Every text file the plugin serves, keyed by site path without the leading slash. */
export function textFiles(data: ShareData, site: SiteAddress): Map<string, string> {
  return new Map([
    [DOWNLOADS.anki.path.slice(1), ankiDeck(data)],
    [DOWNLOADS.csv.path.slice(1), questionsCsv(data, site)],
    ['robots.txt', robotsTxt(site)],
  ]);
}
