import { blockIsAnonymous } from '../blocks/registry.js';
import type { Block, Scenario } from '../scenario/schema.js';

/**
 * The blocks whose texts never carry their author: reflection blocks marked anonymous. Takes
 * anything with a scenario (the room's state, or the log's `room_created` event), so the
 * redaction of a log and the fold agree on which blocks these are.
 */
export function anonymousBlockIds({ scenario }: { scenario: Scenario }): ReadonlySet<string> {
  return new Set(scenario.blocks.filter(isAnonymousBlock).map((b) => b.id));
}

/** A block where nobody, the facilitator included, may learn who answered what. */
export function isAnonymousBlock(block: Block): boolean {
  return blockIsAnonymous(block);
}
