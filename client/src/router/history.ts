/** Where the page is: the parts of the address a screen reads. */
export interface Place {
  pathname: string;
  search: string;
  hash: string;
}

/** Moves between places and says when the place changed (the browser's history, or a test's). */
export interface History {
  readonly place: Place;
  push(to: string): void;
  replace(to: string): void;
  listen(onChange: () => void): () => void;
}

function placeOf(url: URL): Place {
  return { pathname: url.pathname, search: url.search, hash: url.hash };
}

/** The window's own history: back and forward buttons included. */
export function browserHistory(): History {
  const listeners = new Set<() => void>();
  let place = placeOf(new URL(window.location.href));
  const changed = () => {
    place = placeOf(new URL(window.location.href));
    for (const listener of listeners) listener();
  };
  window.addEventListener('popstate', changed);
  return {
    get place() {
      return place;
    },
    push(to) {
      window.history.pushState(null, '', to);
      changed();
    },
    replace(to) {
      window.history.replaceState(null, '', to);
      changed();
    },
    listen(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}

/** A history in memory, for tests and previews: it starts at `start`. */
export function memoryHistory(start = '/'): History {
  const listeners = new Set<() => void>();
  const base = 'http://samenspel.invalid';
  let place = placeOf(new URL(start, base));
  const go = (to: string) => {
    place = placeOf(new URL(to, base + place.pathname));
    for (const listener of listeners) listener();
  };
  return {
    get place() {
      return place;
    },
    push: go,
    replace: go,
    listen(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}
