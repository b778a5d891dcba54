/** Keyboard rules of the search box, apart from the DOM so they can be tested alone. */

export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  /** Whether the key was pressed while typing in a field, where "/" must stay a character. */
  readonly inEditableField: boolean;
}

/** "/" focuses the search box unless the reader is typing somewhere; Ctrl+K and ⌘K always do. */
export function isSearchShortcut(press: KeyPress): boolean {
  if (press.altKey) return false;
  if (press.key.toLowerCase() === 'k' && (press.ctrlKey || press.metaKey)) return true;
  return press.key === '/' && !press.ctrlKey && !press.metaKey && !press.inEditableField;
}

/**
 * The option the arrow keys move to in a list of `count` options, wrapping
 * around at both ends; -1 (no option) when the list is empty.
 */
export function moveActiveOption(active: number, count: number, direction: 'next' | 'previous'): number {
  if (count === 0) return -1;
  if (active < 0) return direction === 'next' ? 0 : count - 1;
  return (active + (direction === 'next' ? 1 : -1) + count) % count;
}
