/**
 * Where typed characters are text, so a keyboard shortcut must leave the key
 * alone: "/" stays a slash in a field, Space and digits stay text. Used by the
 * search box's "/" shortcut and by the study shortcuts. Reads only the
 * element's properties (no DOM classes), so it is tested without a browser.
 */

/** The properties of an element (or any event target) that decide it. */
export interface TextEntryCandidate {
  readonly tagName?: string;
  readonly isContentEditable?: boolean;
  readonly type?: string;
}

/** Input types that take no text: buttons, toggles and pickers. */
const NON_TEXT_INPUT_TYPES: readonly string[] = ['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'file', 'range', 'color'];

export function isTextEntry(target: EventTarget | TextEntryCandidate | null): boolean {
  const element = target as TextEntryCandidate | null;
  if (!element) return false;
  if (element.isContentEditable) return true;
  const tag = element.tagName?.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag !== 'input') return false;
  return !NON_TEXT_INPUT_TYPES.includes((element.type ?? 'text').toLowerCase());
}
