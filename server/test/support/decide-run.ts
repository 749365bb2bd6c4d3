import { readFileSync } from 'node:fs';
import {
  reduceRoom,
  type Command,
  type RoomEvent,
  type RoomState,
  type Scenario,
} from '@samenspel/shared';
import { decide, type DecideContext } from '../../src/rooms/decide.js';
import type { ConnectionActor } from '../../src/rooms/actor.js';
import { checkScenarioText } from '../../src/scenarios/scenario-file.js';

/** A shipped programme, parsed as the server parses it; throws when it does not. */
export function shippedProgramme(file: string): Scenario {
  const parsed = checkScenarioText(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return parsed.scenario;
}

/**
 * A room driven through the real decisions without sockets, for the seeded runs: `attempt` asks
 * `decide` and folds what it accepts into the log (stamped at `now`), and says whether it did;
 * a refusal changes nothing. Randomness the decisions need comes from `shuffle`.
 */
export function decisionRun(options: {
  phones: readonly string[];
  start: number;
  shuffle?: DecideContext['shuffle'];
}) {
  let ids = 0;
  let commandIds = 0;
  const events: RoomEvent[] = [];
  let state: RoomState | null = null;
  const run = {
    now: options.start,
    events,
    get state(): RoomState {
      if (!state) throw new Error('no room yet');
      return state;
    },
    context(): DecideContext {
      return {
        now: run.now,
        newParticipantId: () => options.phones[ids++ % options.phones.length]!,
        newReflectionId: () => `o-${(ids++).toString(36)}`,
        shuffle: options.shuffle ?? ((items) => [...items]),
      };
    },
    /** Folds events into the log as `actor` wrote them. */
    commit(drafts: ReturnType<typeof decide>, actor: RoomEvent['actor']) {
      for (const draft of drafts) {
        const event = { ...draft, seq: events.length + 1, at: run.now, actor } as RoomEvent;
        state = reduceRoom(state, event);
        events.push(event);
      }
    },
    /** Sends a command through `decide`; what it accepts is written, and it says which. */
    decide(actor: ConnectionActor, command: Record<string, unknown>): ReturnType<typeof decide> {
      const full = {
        v: 1,
        id: `fuzz-${(commandIds++).toString().padStart(12, '0')}`,
        ...command,
      } as Command;
      return decide(run.state, actor, full, run.context());
    },
  };
  return run;
}
