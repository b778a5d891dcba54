/**
 * Which key presses the study shortcuts may take. A key meant for something
 * else (typing in a field, activating a focused control, a browser shortcut)
 * is never taken. Fields where digits and spaces are text: src/keyboard/text-entry.ts.
 */

export function hasModifier(event: KeyboardEvent): boolean {
  return event.altKey || event.ctrlKey || event.metaKey;
}

/** Elements that Space or Enter already activate. */
export function isActivatable(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest(
      'a[href], button, input, select, textarea, summary, label, [contenteditable="true"], [role="button"], [role="switch"], [role="checkbox"], [role="link"]',
    ) !== null
  );
}
