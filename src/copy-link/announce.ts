/**
 * One polite live region for messages that have no place of their own on the
 * page (a point link was copied). It is created when the first component that
 * may announce mounts, not when the message is due: screen readers ignore a
 * live region that appears together with its text.
 */
const REGION_ID = 'sre-share-announcer';

export function ensureAnnouncer(): HTMLElement {
  let region = document.getElementById(REGION_ID);
  if (!region) {
    region = document.createElement('div');
    region.id = REGION_ID;
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.className = 'sr-only';
    document.body.append(region);
  }
  return region;
}

export function announce(message: string): void {
  const region = ensureAnnouncer();
  // Cleared first, so the same message twice in a row is read twice.
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
}
