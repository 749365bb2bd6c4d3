import { answerRulesFor, BLOCK_RULES, groupSizeOf } from '../blocks/registry.js';
import { hasChart, type Answer } from '../room/answers.js';
import type { Actor, RoomEvent, RoomEventDraft } from '../room/events.js';
import { foldRoom } from '../room/reducer.js';
import type { Block, Scenario } from '../scenario/schema.js';
import { roleCards } from '../blocks/roles.js';
import { meetingOf } from '../scenario/meetings.js';
import type { FacilitatorView, ParticipantView, PresenterView } from '../protocol/views.js';
import { projectForFacilitator } from './facilitator.js';
import { projectForParticipant } from './participant.js';
import { projectForPresenter } from './presenter.js';

/** The phone the studio shows, and three others whose answers fill the charts and lists. */
export const PREVIEW_PHONE = { id: 'voorbeeld-jij', name: 'Sanne' } as const;
const OTHERS = [
  { id: 'voorbeeld-1', name: 'Anouk' },
  { id: 'voorbeeld-2', name: 'Bram' },
  { id: 'voorbeeld-3', name: 'Karim' },
] as const;

export interface PreviewViews {
  /** The log the views were folded from, as the authority would have written it. */
  events: readonly RoomEvent[];
  participant: ParticipantView;
  presenter: PresenterView;
  facilitator: FacilitatorView;
}

export interface PreviewOptions {
  /** Answers closed and the chart on the projector, as after "Toon uitslag". */
  revealed?: boolean;
}

/** A sample answer of the `n`-th other participant to `block`, by its kind's rule; null when the kind takes none. */
function sampleAnswer(block: Block, n: number): Answer | null {
  if (BLOCK_RULES[block.kind].answer === null) return null;
  return answerRulesFor(block.kind as Answer['kind']).sample(block, n);
}

/**
 * What the phone, the projector and the console show at `blockId`, for the studio's preview: a
 * room folded by the real reducer from events as the authority writes them (the room made from
 * the scenario, four participants, the session started and the block entered, sample answers
 * from three of them, roles dealt and groups formed where the block does that), projected by the
 * real projections. The phone is the fourth participant's, who has not answered yet.
 */
export function previewViews(
  scenario: Scenario,
  blockId: string,
  now: number,
  options: PreviewOptions = {},
): PreviewViews {
  const index = Math.max(
    0,
    scenario.blocks.findIndex((b) => b.id === blockId),
  );
  const block = scenario.blocks[index]!;
  const events: RoomEvent[] = [];
  const facilitator: Actor = { kind: 'facilitator' };
  const add = (draft: RoomEventDraft, actor: Actor = facilitator) => {
    events.push({
      ...draft,
      seq: events.length + 1,
      at: now - 60_000 + events.length,
      actor,
    } as RoomEvent);
  };
  add({ type: 'room_created', roomId: 'voorbeeld', code: 'VRB123', groupName: null, scenario });
  const everyone = [...OTHERS, PREVIEW_PHONE];
  for (const person of everyone) {
    add(
      { type: 'participant_joined', participantId: person.id, name: person.name },
      { kind: 'participant', id: person.id },
    );
  }
  add({ type: 'session_started' });
  // A block of a later meeting is reached as a room reaches it: each earlier meeting closed first.
  for (let meeting = 1; meeting < meetingOf(block); meeting++) {
    add({ type: 'meeting_closed', meeting });
    add({ type: 'meeting_started', meeting: meeting + 1 });
  }
  add({ type: 'block_entered', blockIndex: index });
  // Pairs first: a keukenbezoek's agreements are made within them.
  const size = groupSizeOf(block);
  if (size !== null) {
    const ids = [PREVIEW_PHONE.id, ...OTHERS.map((person) => person.id)];
    const groups: string[][] = [];
    for (let i = 0; i < ids.length; i += size) groups.push(ids.slice(i, i + size));
    add({ type: 'groups_formed', blockId: block.id, groups });
  }
  OTHERS.forEach((person, n) => {
    const answer = sampleAnswer(block, n);
    if (answer === null) return;
    add(
      {
        type: 'answer_submitted',
        blockId: block.id,
        participantId: person.id,
        answer,
        ...(answerRulesFor(answer.kind).ownsTextId
          ? { reflectionId: `voorbeeld-tekst-${n + 1}` }
          : {}),
      },
      { kind: 'participant', id: person.id },
    );
  });
  if (block.kind === 'roles') {
    const cards = roleCards(scenario, block);
    if (cards && cards.length > 0) {
      add({
        type: 'roles_assigned',
        blockId: block.id,
        assignments: Object.fromEntries(
          [PREVIEW_PHONE, ...OTHERS].map((person, i) => [person.id, cards[i % cards.length]!.id]),
        ),
      });
    }
  }
  if (options.revealed && sampleAnswer(block, 0) !== null) {
    add({ type: 'answers_locked', blockId: block.id });
    if (hasChart(block)) add({ type: 'results_revealed', blockId: block.id });
  }
  const state = foldRoom(events);
  return {
    events,
    participant: projectForParticipant(state, PREVIEW_PHONE.id),
    presenter: projectForPresenter(state),
    facilitator: projectForFacilitator(state),
  };
}
