/** Enough for every text box of a day's programme at a couple of window sizes. */
const LIMIT = 256;

/**
 * The `--fit` found for a text in a box of one class and size. The result depends on nothing
 * else, so a box that shows that text again (a replay scrubbing back and forth, the presenter
 * returning to a block) takes it without measuring. Oldest first out.
 */
const fits = new Map<string, string>();

export function fitFor(key: string): string | undefined {
  return fits.get(key);
}

export function rememberFit(key: string, fit: string): void {
  fits.delete(key);
  fits.set(key, fit);
  if (fits.size > LIMIT) fits.delete(fits.keys().next().value!);
}
