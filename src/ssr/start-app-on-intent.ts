/**
 * The app (React, the theme, the page's components) starts when the reader
 * shows intent, not while the page loads. Every page is complete in its static
 * HTML, so a reader who only reads needs no script; on a slow phone, starting
 * React at load blocked the main thread for 0.6 to 1 s (issue 12: Total
 * Blocking Time 690 ms on a question page, 103 ms with no app at all).
 *
 * start-app-file.ts writes this function's source text into a file that the
 * server-side template (ssr-template.ts) links at the end of every page's
 * <body> instead of Docusaurus's `<script defer>` tags, and calls it with
 * those scripts' URLs. So it must refer to nothing outside its own body and
 * use only syntax every browser runs.
 *
 * - The app starts on the first sign of use: a press, a key, focus, the pointer
 *   moving over the page, or a scroll. A link with a query or a fragment
 *   (`?q=` on /search, `?study=1`, `#answer-...`) starts it at once, since the
 *   page's answer to that link needs it.
 * - Once the page has loaded, the scripts are fetched at low priority (prefetch)
 *   without running, so starting costs only their run time.
 * - A press on a button before the app runs is held, and replayed once the app
 *   has hydrated: the reader's first tap on "Reveal answer" or the menu is not
 *   lost. Buttons the server rendered disabled (they do nothing without the
 *   app) are enabled for that, and disabled again if the app fails. The field
 *   that has focus by then, and text typed into it, are handed to the app too.
 * - If the app fails to start, study mode is switched off so that no answer
 *   stays hidden behind a button that cannot work.
 */
export function startAppOnIntent(scripts: string[], studyModeAttribute: string, stateAttribute: string, graceMs: number): void {
  const root = document.documentElement;
  const HYDRATED = 'data-has-hydrated';
  const STATE = stateAttribute;
  const CONTROLS = 'button, [role="button"], [role="switch"], input[type="checkbox"], input[type="radio"]';
  const INTENTS = ['pointerdown', 'touchstart', 'keydown', 'focusin', 'mouseover', 'scroll', 'wheel'];
  let started = false;
  let held: Element | null = null;
  // In the server-rendered page a button is disabled only while it waits for the app (useIsBrowser).
  const enabled = Array.from(document.querySelectorAll<HTMLButtonElement>('button[disabled]'));

  const hydrated = (): boolean => {
    return root.getAttribute(HYDRATED) === 'true';
  };
  const failed = (): void => {
    if (hydrated() || root.getAttribute(STATE) === 'failed') return;
    root.setAttribute(STATE, 'failed');
    root.removeAttribute(studyModeAttribute);
    for (const button of enabled) button.disabled = true;
    if (held) held.removeAttribute('aria-busy');
    held = null;
  };
  const start = (): void => {
    if (started) return;
    started = true;
    for (const type of INTENTS) window.removeEventListener(type, start, true);
    root.setAttribute(STATE, 'starting');
    let waiting = scripts.length;
    for (const src of scripts) {
      const script = document.createElement('script');
      script.src = src;
      // Run in order (the runtime before main), as the `defer` tags they replace did.
      script.async = false;
      script.onerror = failed;
      script.onload = () => {
        waiting -= 1;
        if (waiting === 0) setTimeout(failed, graceMs);
      };
      document.head.appendChild(script);
    }
  };
  const replayHeld = (): void => {
    if (!hydrated()) return;
    observer.disconnect();
    root.setAttribute(STATE, 'ready');
    window.removeEventListener('click', hold, true);
    const control = held;
    held = null;
    if (control && control.isConnected) {
      control.removeAttribute('aria-busy');
      (control as HTMLElement).click();
    }
    // A field focused before the app ran (the search box) has focus the app has not heard of: say so. Text typed into
    // it is in the field, but React has not heard of that either. Reset the field through its own setter, which React
    // watches, then put the text back past it and say so with an input event: React then hears a change, as if the
    // reader had typed it now.
    const field = document.activeElement;
    if (!(field instanceof HTMLInputElement)) return;
    field.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    if (field.value !== field.defaultValue) {
      const typed = field.value;
      field.value = field.defaultValue;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(field, typed);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }
  };
  const hold = (event: Event): void => {
    if (hydrated() || root.getAttribute(STATE) === 'failed') return;
    const target = event.target as Element | null;
    const control = target && target.closest ? target.closest(CONTROLS) : null;
    if (!control) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (held && held !== control) held.removeAttribute('aria-busy');
    held = control;
    control.setAttribute('aria-busy', 'true');
    start();
  };
  const observer = new MutationObserver(replayHeld);

  for (const button of enabled) button.disabled = false;
  observer.observe(root, { attributes: true, attributeFilter: [HYDRATED] });
  window.addEventListener('click', hold, true);
  if (window.location.search || window.location.hash) {
    start();
    return;
  }
  root.setAttribute(STATE, 'waiting');
  for (const type of INTENTS) window.addEventListener(type, start, { capture: true, passive: true });
  window.addEventListener('load', () => {
    for (const href of scripts) {
      if (started) return;
      const link = document.createElement('link');
      link.rel = 'prefetch';
      link.as = 'script';
      link.href = href;
      document.head.appendChild(link);
    }
  });
}
