import type { Scenario } from '../scenario/schema.js';

/**
 * The blocks whose texts never carry their author: reflection blocks marked anonymous. Takes
 * anything with a scenario (the room's state, or the log's `room_created` event), so the
 * redaction of a log and the fold agree on which blocks these are.
 */
export function anonymousBlockIds({ scenario }: { scenario: Scenario }): ReadonlySet<string> {
  return new Set(
    scenario.blocks.filter((b) => b.kind === 'reflection' && b.anonymous).map((b) => b.id),
  );
}
