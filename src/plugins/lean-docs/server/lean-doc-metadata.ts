/**
 * A doc's metadata module without its copy of the front matter. The docs plugin writes each doc's metadata, front
 * matter included, into a module that the doc's MDX chunk imports; the MDX loader exports the same front matter from
 * the chunk again. The theme reads the front matter from that export (useDoc().frontMatter), and reads the metadata's
 * copy only for `draft` and `unlisted` (ContentVisibility), which are kept. At 2,000 questions the second copy was
 * about 1.5 KB of every question's chunk (README.md "Build time and size").
 */
import { isRecord } from '../../../../lib/is-record.ts';

/** The only front matter fields the theme reads from a doc's metadata rather than from its MDX export. */
const READ_FROM_METADATA = ['draft', 'unlisted'] as const;

/** A doc's metadata (it has a permalink, a source file and front matter) loses the front matter; any other data is unchanged. */
export function withoutDocFrontMatter<Data>(data: Data): Data {
  if (!isRecord(data) || typeof data.permalink !== 'string' || typeof data.source !== 'string' || !isRecord(data.frontMatter)) return data;
  const frontMatter = data.frontMatter;
  const kept = Object.fromEntries(READ_FROM_METADATA.filter((field) => field in frontMatter).map((field) => [field, frontMatter[field]]));
  return { ...data, frontMatter: kept };
}
