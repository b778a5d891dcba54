/**
 * Anki's text import with file headers (Anki 2.1.55+): tab-separated, HTML
 * fields, tags in column 3. Field text is HTML-escaped, and tabs and line
 * breaks become character references, so no field ever needs quoting.
 */
import type { AnswerBlock } from '../../../../../contract/records.ts';

const ANKI_HEADER = ['#separator:tab', '#html:true', '#tags column:3'] as const;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'\t\n\r]/g, (character) => ENTITIES[character]!);
}

/** The answer as the page shows it: paragraphs, and lists keeping their numbering. */
export function answerHtml(blocks: readonly AnswerBlock[]): string {
  return blocks
    .map((block) => {
      if (block.kind === 'paragraph') return `<p>${escapeHtml(block.text)}</p>`;
      const items = block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('');
      if (!block.ordered) return `<ul>${items}</ul>`;
      return block.start !== undefined && block.start !== 1 ? `<ol start="${block.start}">${items}</ol>` : `<ol>${items}</ol>`;
    })
    .join('');
}

/** Anki tags cannot contain spaces; `sre::disaster-recovery` nests under "sre" in Anki's browser. */
export function ankiTag(topicId: string): string {
  if (!/^[a-z0-9-]+$/.test(topicId)) throw new Error(`topic id "${topicId}" cannot be an Anki tag: use lower-case letters, digits and hyphens.`);
  return `sre::${topicId}`;
}

export interface AnkiNote {
  readonly front: string;
  readonly backHtml: string;
  readonly tags: readonly string[];
}

export function ankiDocument(notes: readonly AnkiNote[]): string {
  const lines = notes.map((note) =>
    [escapeHtml(note.front), note.backHtml.replace(/[\t\n\r]/g, (character) => ENTITIES[character]!), note.tags.join(' ')].join('\t'),
  );
  return `${[...ANKI_HEADER, ...lines].join('\n')}\n`;
}
