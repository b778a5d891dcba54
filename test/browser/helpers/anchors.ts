/**
 * The fragment targets of an HTML page: every id, and every name of an <a>
 * (both are what a browser scrolls to for #fragment), read with an HTML
 * parser and compared whole, so #point-1 is not satisfied by id="point-10".
 */
import type { Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

function anchorsIn(html: string): Set<string> {
  const found = new Set<string>();
  const walk = (node: Root | RootContent): void => {
    if (node.type === 'element') {
      const { id, name } = node.properties;
      if (id !== undefined) found.add(String(id));
      if (node.tagName === 'a' && name !== undefined) found.add(String(name));
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(fromHtml(html));
  return found;
}

/** The fragment a link names (#a%20b → "a b"), '' for none. */
function fragmentOf(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The hashes (e.g. "#point-1") among `hashes` that no element of the page answers to. */
export function missingAnchors(html: string, hashes: Iterable<string>): string[] {
  const anchors = anchorsIn(html);
  return [...hashes].filter((hash) => fragmentOf(hash) !== '' && !anchors.has(fragmentOf(hash)));
}
