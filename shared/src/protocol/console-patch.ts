import { FacilitatorLiveSchema, type FacilitatorLive } from './views.js';
import { applyValue, diffValue, ValuePatchSchema, type ValuePatch } from './value-patch.js';

/**
 * What changed in the console's live state between two updates. A console is sent its whole
 * live state when it connects; after that each update carries only what changed, down to the
 * item of a list: a vote is its block's counts and one more name, not the 1,000 before it.
 * A patch sets values, never adds to them, so the one patch of a room fits every console there
 * that stands at its `base` or later (see `ConsoleMessage`).
 */
export const ConsolePatchSchema = ValuePatchSchema;
export type ConsolePatch = ValuePatch;

/** The patch from `before` to `after`; null when the console would show nothing new. */
export function diffConsole(before: FacilitatorLive, after: FacilitatorLive): ConsolePatch | null {
  return diffValue(before, after);
}

/**
 * The live state after `patch`, checked against the contract like any whole view; null when
 * the result is not a console's live state (a patch meant for another state).
 */
export function applyConsolePatch(
  live: FacilitatorLive,
  patch: ConsolePatch,
): FacilitatorLive | null {
  let next: unknown;
  try {
    next = applyValue(live, patch);
  } catch {
    return null;
  }
  const parsed = FacilitatorLiveSchema.safeParse(next);
  return parsed.success ? parsed.data : null;
}
