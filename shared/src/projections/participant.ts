import type { Block } from '../scenario/schema.js';
import type { RoomState } from '../room/state.js';
import type { BlockView, GuestView, ParticipantView, RoomInfo } from '../protocol/views.js';
import { roleCards } from '../blocks/roles.js';
import type { VisitAgreement } from '../blocks/visit.js';
import { profileOf, type Profile } from '../results/profile.js';
import { blockView, currentBlock, roomInfo, runOf } from './common.js';
import { phoneCases } from './cases.js';

/** One participant's phone: the public part of the room plus what is their own, nothing of others. */
export function projectForParticipant(state: RoomState, participantId: string): ParticipantView {
  const me = state.participants[participantId];
  if (!me) throw new Error(`unknown participant ${participantId}`);
  const current = currentBlock(state);
  const shared = sharedByPhones(state);
  return {
    role: 'participant',
    room: shared.room,
    me: { id: me.id, name: me.name },
    block: shared.block,
    blockCount: state.scenario.blocks.length,
    timer: current ? state.timer : null,
    mine: current ? mine(state, current.block, participantId) : null,
    profile: latestProfile(state, participantId),
    summary: summary(state, participantId),
  };
}

/**
 * What every phone is shown alike, built once per state: a burst of votes acks a room's phones
 * from the one state their batch made. Views are read, never changed, so sharing is safe.
 */
const phonesShare = new WeakMap<RoomState, { room: RoomInfo; block: BlockView | null }>();

/** The parts in `phonesShare`: the server encodes each of them once for all the room's phones. */
const sharedParts = new WeakSet<object>();

/** Whether this part of a view is the same object in many phones' views (and never changes). */
export function isSharedViewPart(part: object): boolean {
  return sharedParts.has(part);
}

function sharedByPhones(state: RoomState): { room: RoomInfo; block: BlockView | null } {
  let shared = phonesShare.get(state);
  if (!shared) {
    const current = currentBlock(state);
    shared = {
      room: roomInfo(state),
      block: current ? blockView(state, current.block, current.index, current.block.phone) : null,
    };
    phonesShare.set(state, shared);
    sharedParts.add(shared.room);
    if (shared.block) sharedParts.add(shared.block);
  }
  return shared;
}

export function projectForGuest(state: RoomState): GuestView {
  return { role: 'guest', room: roomInfo(state) };
}

function mine(state: RoomState, block: Block, participantId: string): ParticipantView['mine'] {
  const run = runOf(state, block.id);
  let role: NonNullable<ParticipantView['mine']>['role'] = null;
  const cardId = run.roles?.[participantId];
  if (block.kind === 'roles' && cardId) {
    const card = (roleCards(state.scenario, block) ?? []).find((c) => c.id === cardId);
    if (card) role = { id: card.id, name: card.name, public: card.public, brief: card.brief };
  }
  let group: NonNullable<ParticipantView['mine']>['group'] = null;
  const groupIndex = run.groups?.findIndex((members) => members.includes(participantId)) ?? -1;
  if (run.groups && groupIndex >= 0) {
    group = {
      number: groupIndex + 1,
      members: run.groups[groupIndex]!.map((id) => ({
        name: state.participants[id]?.name ?? null,
        me: id === participantId,
      })),
    };
  }
  return {
    answer: run.answers[participantId] ?? null,
    locked: run.locked,
    role,
    group,
    rolesDealt: run.roles !== null,
    groupsFormed: run.groups !== null,
    cases: block.kind === 'practice' ? phoneCases(run) : null,
    intentions:
      block.kind === 'reflection' && block.intentionsFrom !== undefined
        ? ownIntentions(state, block.intentionsFrom, participantId)
        : null,
    visit:
      block.kind === 'reflection' && block.visitFrom !== undefined
        ? { agreement: ownVisit(state, block.visitFrom, participantId) }
        : null,
  };
}

/**
 * The keukenbezoek this participant agreed in `blockId`, with their partners: the ones drawn
 * with them, or the one they named where the room chose its own pairs.
 */
function ownVisit(state: RoomState, blockId: string, participantId: string): VisitAgreement | null {
  const run = state.runs[blockId];
  const answer = run?.answers[participantId];
  if (answer?.kind !== 'visit') return null;
  const pair = run?.groups?.find((members) => members.includes(participantId)) ?? [];
  const partners =
    answer.partner !== undefined
      ? [answer.partner]
      : pair.filter((id) => id !== participantId).map((id) => state.participants[id]?.name ?? null);
  const { host, when, question } = answer;
  return { blockId, host, when, question, partners };
}

function ownIntentions(state: RoomState, blockId: string, participantId: string): string[] {
  const answer = state.runs[blockId]?.answers[participantId];
  return answer?.kind === 'intentions' ? answer.items : [];
}

/** The profile from the latest stellingenlijst this participant finished. */
function latestProfile(state: RoomState, participantId: string): Profile | null {
  return finishedProfiles(state, participantId).at(-1) ?? null;
}

/**
 * The profiles of every stellingenlijst this participant finished (or that was closed with their
 * answers in it), in programme order. Never a profile that grows item by item: that would tell
 * which ideal type each statement belongs to, and colour the answers still to come.
 */
function finishedProfiles(state: RoomState, participantId: string): Profile[] {
  const profiles: Profile[] = [];
  for (const block of state.scenario.blocks) {
    if (block.kind !== 'statements') continue;
    const run = state.runs[block.id];
    const answer = run?.answers[participantId];
    if (answer?.kind !== 'statements') continue;
    const profile = profileOf(block, answer.values);
    if (profile && (profile.answered === profile.total || run?.locked)) profiles.push(profile);
  }
  return profiles;
}

function summary(state: RoomState, participantId: string): ParticipantView['summary'] {
  const reflections: ParticipantView['summary']['reflections'] = [];
  const intentions: string[] = [];
  const visits: VisitAgreement[] = [];
  for (const block of state.scenario.blocks) {
    const answer = state.runs[block.id]?.answers[participantId];
    if (block.kind === 'reflection' && answer?.kind === 'reflection') {
      reflections.push({ blockId: block.id, prompt: block.prompt, text: answer.text });
    }
    if (block.kind === 'intentions' && answer?.kind === 'intentions')
      intentions.push(...answer.items);
    if (block.kind === 'visit') {
      const visit = ownVisit(state, block.id, participantId);
      if (visit) visits.push(visit);
    }
  }
  const profiles = finishedProfiles(state, participantId);
  return { profile: profiles.at(-1) ?? null, profiles, reflections, intentions, visits };
}
