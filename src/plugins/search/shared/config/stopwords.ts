/**
 * Words that carry no meaning on their own in a query or a page, so they are
 * neither indexed nor searched: "how do you handle alert fatigue" searches for
 * "handle alert fatigue".
 *
 * Kept deliberately short. Words that mean something in operations stay
 * searchable even though they are common: up, down, out, over, back, off,
 * time, work, first, new ("scale out", "time to recover", "out of memory").
 */
export const stopwords: ReadonlySet<string> = new Set([
  'a', 'about', 'above', 'after', 'again', 'against', 'all', 'also', 'am', 'an', 'and', 'any', 'are', 'as', 'at',
  'be', 'because', 'been', 'before', 'being', 'between', 'both', 'but', 'by',
  'can', 'could', 'did', 'do', 'does', 'doing', 'during', 'each', 'etc', 'few', 'for', 'from', 'further',
  'had', 'has', 'have', 'having', 'he', 'her', 'here', 'hers', 'him', 'his', 'how',
  'i', 'if', 'in', 'into', 'is', 'it', 'its', 'itself', 'just', 'me', 'more', 'most', 'my',
  'no', 'nor', 'not', 'of', 'on', 'once', 'only', 'or', 'other', 'our', 'ours', 'own',
  'same', 'she', 'should', 'so', 'some', 'such', 'than', 'that', 'the', 'their', 'them', 'then', 'there',
  'these', 'they', 'this', 'those', 'through', 'to', 'too', 'very', 'versus', 'vs',
  'was', 'we', 'were', 'what', 'when', 'where', 'which', 'while', 'who', 'whom', 'why', 'will', 'with', 'would',
  'you', 'your', 'yours', 'yourself',
  // What is left of contractions once the apostrophe splits them: "don't" → "don", "t".
  'd', 'll', 'm', 're', 's', 't', 've', 'don', 'doesn', 'didn', 'isn', 'aren', 'wasn', 'weren', 'won', 'wouldn', 'shouldn', 'couldn', 'haven', 'hasn',
]);
