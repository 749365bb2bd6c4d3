import {
  diffConsole,
  PROTOCOL_VERSION,
  projectFacilitatorLive,
  projectForGuest,
  projectForParticipant,
  projectForPresenter,
  type ConsoleMessage,
  type FacilitatorLive,
  type ProgrammeMessage,
  type RoomState,
  type ViewMessage,
  type WireView,
} from '@samenspel/shared';
import type { ConnectionActor } from '../rooms/actor.js';

/**
 * The one place that picks the projection for a kind of connection. A console's carries the
 * live state only: its programme went to the connection once (`programmeMessage`).
 */
export function viewFor(state: RoomState, actor: ConnectionActor): WireView {
  switch (actor.kind) {
    case 'facilitator':
      return projectFacilitatorLive(state);
    case 'presenter':
      return projectForPresenter(state);
    case 'guest':
      return projectForGuest(state);
    case 'participant':
      return projectForParticipant(state, actor.id);
  }
}

export function viewMessage(state: RoomState, view: WireView, serverNow: number): ViewMessage {
  return { v: PROTOCOL_VERSION, type: 'view', seq: state.seq, serverNow, view };
}

/** Who is sent the programme before their first view, and whenever it changes. */
export function needsProgramme(actor: ConnectionActor): boolean {
  return actor.kind === 'facilitator';
}

export function programmeMessage(state: RoomState): ProgrammeMessage {
  return { v: PROTOCOL_VERSION, type: 'programme', scenario: state.scenario };
}

/** What the room's consoles were last brought to: their next update is the change from it. */
export interface ConsoleBaseline {
  live: FacilitatorLive;
  seq: number;
}

/**
 * The consoles' update from `baseline` to `state`: null when nothing they show changed (the
 * baseline then stays as it is, so the next update still follows the last one sent).
 */
export function consoleUpdate(
  baseline: ConsoleBaseline,
  state: RoomState,
  serverNow: number,
): { message: ConsoleMessage; baseline: ConsoleBaseline } | null {
  const live = projectFacilitatorLive(state);
  const patch = diffConsole(baseline.live, live);
  if (patch === null) return null;
  return {
    message: {
      v: PROTOCOL_VERSION,
      type: 'console',
      seq: state.seq,
      base: baseline.seq,
      serverNow,
      patch,
    },
    baseline: { live, seq: state.seq },
  };
}
