/** The search page's state lives in its URL, so any search can be shared as a link: `/search?q=rto&topic=disaster-recovery`. */
export const QUERY_PARAM = 'q';
const TOPIC_PARAM = 'topic';

export interface SearchParams {
  readonly query: string;
  /** A topic id, or undefined for all topics. */
  readonly topic: string | undefined;
}

export function readSearchParams(search: string): SearchParams {
  const params = new URLSearchParams(search);
  const topic = params.get(TOPIC_PARAM)?.trim();
  return { query: params.get(QUERY_PARAM) ?? '', topic: topic ? topic : undefined };
}

/** `?q=…&topic=…`, leaving out what is empty; '' when both are. */
export function searchString({ query, topic }: SearchParams): string {
  const params = new URLSearchParams();
  if (query.trim() !== '') params.set(QUERY_PARAM, query);
  if (topic) params.set(TOPIC_PARAM, topic);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
