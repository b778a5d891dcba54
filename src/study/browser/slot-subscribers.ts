/**
 * The subscribers of a store kept in one storage slot. The slot's changes from
 * other tabs are listened to only while someone subscribes, so a page that
 * never renders the store adds no storage listener.
 */
export interface SlotSubscribers {
  /** For useSyncExternalStore, which calls it detached from the store. */
  readonly subscribe: (listener: () => void) => () => void;
  readonly notify: () => void;
}

export function slotSubscribers(listenToSlot: () => () => void): SlotSubscribers {
  const listeners = new Set<() => void>();
  let stopListening: (() => void) | undefined;
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      stopListening ??= listenToSlot();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          stopListening?.();
          stopListening = undefined;
        }
      };
    },
    notify: () => {
      for (const listener of listeners) listener();
    },
  };
}
