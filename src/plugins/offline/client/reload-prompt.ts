/**
 * "A new version is available · Reload": a polite status message at the foot
 * of the screen, built with the DOM (it is outside React's tree and needs no
 * re-render). Screen readers announce it without moving focus.
 */
import './reload-prompt.css';

const PROMPT_ID = 'offline-reload-prompt';

export function showReloadPrompt(onReload: () => void): void {
  if (document.getElementById(PROMPT_ID)) return;
  const prompt = document.createElement('div');
  prompt.id = PROMPT_ID;
  prompt.className = 'offline-reload-prompt';
  prompt.setAttribute('role', 'status');
  document.body.append(prompt);
  // A live region announces what is added to it after it is in the page, not what it came with.
  window.requestAnimationFrame(() => {
    const message = document.createElement('span');
    message.textContent = 'A new version is available';
    const separator = document.createElement('span');
    separator.setAttribute('aria-hidden', 'true');
    separator.textContent = ' · ';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button button--primary button--sm';
    button.textContent = 'Reload';
    button.addEventListener('click', () => {
      button.disabled = true;
      onReload();
    });
    prompt.append(message, separator, button);
  });
}
