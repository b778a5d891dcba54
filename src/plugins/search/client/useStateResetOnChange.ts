import { useState } from 'react';

/**
 * State that starts again from `initial` whenever one of `deps` changes (compared with Object.is, as React compares
 * an effect's dependencies). The reset happens while rendering: an effect that reset it would let one render, and
 * perhaps one paint, show the value that belonged to the previous deps.
 */
export function useStateResetOnChange<T>(initial: T, deps: readonly unknown[]): [T, (update: (current: T) => T) => void] {
  const [held, setHeld] = useState({ deps, value: initial });
  const current = (heldDeps: readonly unknown[], value: T) => (sameDeps(heldDeps, deps) ? value : initial);
  const update = (next: (value: T) => T) =>
    setHeld((previous) => {
      const value = next(current(previous.deps, previous.value));
      // The same state object lets React skip the render, as it does for useState given an unchanged value.
      return sameDeps(previous.deps, deps) && Object.is(previous.value, value) ? previous : { deps, value };
    });
  return [current(held.deps, held.value), update];
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}
