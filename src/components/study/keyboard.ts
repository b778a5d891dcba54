/**
 * Which key presses the study shortcuts may take. A key meant for something
 * else (typing in a field, activating a focused control, a browser shortcut)
 * is never taken.
 */

export function hasModifier(event: KeyboardEvent): boolean {
  return event.altKey || event.ctrlKey || event.metaKey;
}

/** Fields where digits and spaces are text. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes(target.type);
}

/** Elements that Space or Enter already activate. */
export function isActivatable(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest('a[href], button, input, select, textarea, summary, label, [contenteditable="true"], [role="button"], [role="switch"], [role="checkbox"], [role="link"]') !== null
  );
}
