/**
 * Putting text on the clipboard, with the fallbacks a page needs: the
 * asynchronous Clipboard API where the browser has it and allows it, else
 * `document.execCommand('copy')` on a selected field the reader can also copy
 * from by hand. Browser-only; the share components call it from click handlers.
 */

/** True when the Clipboard API took the text. False when it is missing (old browsers, plain http) or refused. */
export async function writeWithClipboardApi(text: string): Promise<boolean> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (typeof clipboard?.writeText !== 'function') return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Selects the whole of `field` (so the reader can press Ctrl+C or ⌘C) and
 * asks the browser to copy the selection; true if the browser says it did.
 */
export function copyFromField(field: HTMLInputElement | HTMLTextAreaElement): boolean {
  field.focus();
  field.select();
  field.setSelectionRange(0, field.value.length);
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

/**
 * Copies without a visible field: a temporary off-screen one is selected,
 * copied from and removed. For the point links, whose text is already the
 * address bar's. Restores focus to where it was.
 */
export async function copyText(text: string): Promise<boolean> {
  if (await writeWithClipboardApi(text)) return true;
  const previous = document.activeElement as HTMLElement | null;
  const field = document.createElement('textarea');
  field.value = text;
  field.readOnly = true;
  field.setAttribute('aria-hidden', 'true');
  field.style.position = 'fixed';
  field.style.top = '-1000px';
  document.body.append(field);
  try {
    return copyFromField(field);
  } finally {
    field.remove();
    previous?.focus({ preventScroll: true });
  }
}
