/**
 * Key–value storage that never fails the page: everything is kept in memory, and in the given
 * Web Storage as well when the browser allows it (blocked cookies, private mode or a full quota
 * make it throw). So a tap is always sent and a token always kept for this tab's life; surviving
 * a reload is the bonus storage adds.
 */
export interface Durable {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
  /** Every key kept, in storage or in memory. */
  keys(): string[];
}

export function durable(storage: () => Storage): Durable {
  // Only what storage refused to keep: while storage works, it alone is the truth.
  const memory = new Map<string, string>();
  return {
    get(key) {
      if (memory.has(key)) return memory.get(key)!;
      try {
        return storage().getItem(key);
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        storage().setItem(key, value);
        memory.delete(key);
      } catch {
        memory.set(key, value);
      }
    },
    remove(key) {
      memory.delete(key);
      try {
        storage().removeItem(key);
      } catch {
        // Nothing stored there to remove.
      }
    },
    keys() {
      const found = new Set(memory.keys());
      try {
        const kept = storage();
        for (let i = 0; i < kept.length; i++) {
          const key = kept.key(i);
          if (key !== null) found.add(key);
        }
      } catch {
        // Storage refused: only memory holds anything.
      }
      return [...found];
    },
  };
}

export const local = durable(() => localStorage);
export const session = durable(() => sessionStorage);

/** Reads stored JSON; a damaged entry reads as nothing. */
export function parseStored(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}
