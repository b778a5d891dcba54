import { useLocation } from '@docusaurus/router';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Dispatched on `document` by "Reveal all" / "Hide all"; `detail` is true to reveal. */
const REVEAL_ALL_EVENT = 'sre-study:reveal-all';

export function revealAll(revealed: boolean): void {
  document.dispatchEvent(new CustomEvent<boolean>(REVEAL_ALL_EVENT, { detail: revealed }));
}

function hashTarget(hash: string): HTMLElement | null {
  if (hash.length < 2) return null;
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    return null;
  }
}

/**
 * Whether a collapsible answer is open, and the ways it opens:
 * - by the reader (focus then moves into the answer, so a screen reader reads it);
 * - by "Reveal all" / "Hide all";
 * - by a URL whose hash points inside it, on load or later: the answer opens
 *   and scrolls to the target, which a plain collapsed block cannot do
 *   (facebook/docusaurus#5790).
 */
export function useRevealableAnswer(body: RefObject<HTMLElement | null>, enabled: boolean) {
  const [revealed, setRevealed] = useState(false);
  // Read by the hash listener, which outlives the render it was made in. A layout effect runs before the passive effect
  // below and before any later hashchange, so the listener never sees a stale value.
  const revealedNow = useRef(revealed);
  useLayoutEffect(() => {
    revealedNow.current = revealed;
  }, [revealed]);
  // The target is kept by id: revealing re-renders the answer (its key points become checkboxes), which may replace the element.
  const next = useRef<'focus-body' | { readonly targetId: string } | undefined>(undefined);
  const { hash } = useLocation();

  const reveal = useCallback(() => {
    next.current = 'focus-body';
    setRevealed(true);
  }, []);
  const hide = useCallback(() => setRevealed(false), []);

  useEffect(() => {
    const onRevealAll = (event: Event) => setRevealed((event as CustomEvent<boolean>).detail);
    document.addEventListener(REVEAL_ALL_EVENT, onRevealAll);
    return () => document.removeEventListener(REVEAL_ALL_EVENT, onRevealAll);
  }, []);

  useEffect(() => {
    if (!enabled) return undefined;
    const openForHash = () => {
      const target = hashTarget(window.location.hash);
      if (!target || !body.current?.contains(target)) return;
      if (revealedNow.current) {
        target.scrollIntoView({ block: 'start' });
        return;
      }
      next.current = { targetId: target.id };
      setRevealed(true);
    };
    openForHash();
    // In-page links change the hash without a router update in some browsers; both paths lead here.
    window.addEventListener('hashchange', openForHash);
    return () => window.removeEventListener('hashchange', openForHash);
  }, [enabled, hash, body]);

  // After the answer is shown (layout effect: before paint, so no jump is visible).
  useLayoutEffect(() => {
    const pending = next.current;
    next.current = undefined;
    if (!revealed || !pending) return;
    if (pending === 'focus-body') body.current?.focus();
    else document.getElementById(pending.targetId)?.scrollIntoView({ block: 'start' });
  }, [revealed, body]);

  return { revealed, reveal, hide };
}
