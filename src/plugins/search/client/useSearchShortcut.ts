import { type RefObject, useEffect } from 'react';
import { isTextEntry } from '@site/src/keyboard/text-entry';
import { isSearchShortcut } from '../shared/keyboard';

/** "/", Ctrl+K and ⌘K focus the search box from anywhere on the page. */
export function useSearchShortcut(input: RefObject<HTMLInputElement | null>, onShortcut: () => void): void {
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      const press = { key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, inEditableField: isTextEntry(event.target) };
      if (event.defaultPrevented || !isSearchShortcut(press) || !input.current) return;
      event.preventDefault();
      onShortcut();
      input.current.focus();
      input.current.select();
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [input, onShortcut]);
}
