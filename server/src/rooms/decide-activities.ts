import {
  checkGroupsMayForm,
  groupSizeOf,
  ANSWERABLE_KINDS,
  answerChangesNothing,
  answerRulesFor,
  casesOf,
  checkChoice,
  checkListing,
  checkUnlisting,
  checkVoteFits,
  checkVoting,
  requirePracticeBlock,
  type BlockRun,
  checkAnswerFits,
  checkedAssignments,
  CommandRefused,
  isMember,
  openBlockFor,
  presentParticipants,
  revealRefusal,
  roleCards,
  type Answer,
  type Block,
  type FacilitatorCommand,
  type RoomEventDraft,
  type RoomState,
} from '@samenspel/shared';
import type { DecideContext } from './decide.js';

/** A participant answers the block on screen; the answer must fit the block exactly. */
export function decideAnswer(
  state: RoomState,
  participantId: string,
  blockId: string,
  answer: Answer,
  ctx: DecideContext,
): RoomEventDraft[] {
  const block = openBlockFor(state, blockId);
  checkAnswerFits(block, answer);
  const run = state.runs[blockId];
  if (answer.kind === 'practice') checkVoteFits(run, answer);
  if (answerChangesNothing(run?.answers[participantId], answer)) return [];
  const reflectionId =
    answerRulesFor(answer.kind).ownsTextId && !run?.reflectionIds[participantId]
      ? ctx.newReflectionId()
      : undefined;
  return [
    {
      type: 'answer_submitted',
      blockId,
      participantId,
      answer,
      ...(reflectionId === undefined ? {} : { reflectionId }),
    },
  ];
}

type ActivityCommand = Extract<
  FacilitatorCommand,
  {
    type:
      | 'answers.lock'
      | 'answers.unlock'
      | 'results.reveal'
      | 'results.hide'
      | 'reflection.moderate'
      | 'roles.assign'
      | 'groups.form'
      | 'cases.list'
      | 'cases.unlist'
      | 'cases.voting'
      | 'cases.choose';
  }
>;

/** The facilitator's commands on a block's activity: lock, reveal, moderate, hand out roles, form groups. */
export function decideActivity(
  state: RoomState,
  command: ActivityCommand,
  ctx: DecideContext,
): RoomEventDraft[] {
  const block = state.scenario.blocks.find((b) => b.id === command.blockId);
  if (!block) {
    throw new CommandRefused('unknown_block', `there is no block "${command.blockId}"`, 'blockId');
  }
  const run = state.runs[block.id];
  switch (command.type) {
    case 'answers.lock':
    case 'answers.unlock': {
      requireAnswerable(block);
      const lock = command.type === 'answers.lock';
      if ((run?.locked ?? false) === lock) {
        throw new CommandRefused(
          'invalid_state',
          lock ? 'answers are already closed' : 'answers are already open',
        );
      }
      return [{ type: lock ? 'answers_locked' : 'answers_unlocked', blockId: block.id }];
    }
    case 'results.reveal':
    case 'results.hide': {
      requireAnswerable(block);
      const refusal = revealRefusal(block);
      if (refusal) throw new CommandRefused('invalid_state', refusal, 'blockId');
      const reveal = command.type === 'results.reveal';
      if ((run?.revealed ?? false) === reveal) {
        throw new CommandRefused(
          'invalid_state',
          reveal ? 'results are already shown' : 'results are already hidden',
        );
      }
      return [{ type: reveal ? 'results_revealed' : 'results_hidden', blockId: block.id }];
    }
    case 'reflection.moderate': {
      const known = run ? Object.values(run.reflectionIds).includes(command.reflectionId) : false;
      if (block.kind !== 'reflection' || !known) {
        throw new CommandRefused(
          'invalid_payload',
          'there is no such reflection here',
          'reflectionId',
        );
      }
      return [
        {
          type: 'reflection_moderated',
          blockId: block.id,
          reflectionId: command.reflectionId,
          hidden: command.hidden,
          // A hidden reflection is never on the projector.
          highlighted: command.highlighted && !command.hidden,
        },
      ];
    }
    case 'roles.assign':
      if (block.kind !== 'roles')
        throw new CommandRefused('invalid_state', 'this block has no roles');
      return [
        {
          type: 'roles_assigned',
          blockId: block.id,
          assignments: command.assignments
            ? checkedAssignments(state, block, command.assignments)
            : drawAssignments(state, block, ctx),
        },
      ];
    case 'groups.form': {
      const size = groupSizeOf(block);
      if (size === null) throw new CommandRefused('invalid_state', 'this block has no groups');
      checkGroupsMayForm(state, block);
      const present = presentParticipants(state);
      if (present.length < 2)
        throw new CommandRefused('invalid_state', 'groups need at least two people in the room');
      return [
        {
          type: 'groups_formed',
          blockId: block.id,
          groups: formGroups(ctx.shuffle(present), size),
        },
      ];
    }
    case 'cases.list':
    case 'cases.unlist':
    case 'cases.voting':
    case 'cases.choose':
      return decideCases(run, requirePracticeBlock(block).id, command, ctx);
  }
}

/** The facilitator's shortlist of dossiers from practice, its vote and the choice. */
function decideCases(
  run: BlockRun | undefined,
  blockId: string,
  command: Extract<ActivityCommand, { type: `cases.${string}` }>,
  ctx: DecideContext,
): RoomEventDraft[] {
  switch (command.type) {
    case 'cases.list': {
      const candidateId = command.candidateId ?? ctx.newReflectionId();
      checkListing(run, candidateId, command.sources, command.candidateId === undefined);
      const { title, text, sources } = command;
      const listed: RoomEventDraft = {
        type: 'case_listed',
        blockId,
        candidateId,
        title,
        text,
        sources,
      };
      // Editing the chosen case changes what the later blocks show: it is chosen again as it now reads.
      const chosen = casesOf(run).chosen;
      const again = chosen?.id === candidateId && (chosen.title !== title || chosen.text !== text);
      return again
        ? [listed, { type: 'case_chosen', blockId, candidateId, title, text }]
        : [listed];
    }
    case 'cases.unlist':
      checkUnlisting(run, command.candidateId);
      return [{ type: 'case_unlisted', blockId, candidateId: command.candidateId }];
    case 'cases.voting':
      checkVoting(run, command.open);
      return [{ type: 'case_voting', blockId, open: command.open }];
    case 'cases.choose': {
      const { id, title, text } = checkChoice(run, command.candidateId);
      return [{ type: 'case_chosen', blockId, candidateId: id, title, text }];
    }
  }
}

function requireAnswerable(block: Block): void {
  if (!ANSWERABLE_KINDS.has(block.kind)) {
    throw new CommandRefused('invalid_state', `a ${block.kind} block has no answers`, 'blockId');
  }
}

/**
 * A swapped round derives from the earlier round (pairs swap, or everyone moves on one card);
 * otherwise the cards are dealt over a shuffled room, so each card has as many players as can be.
 */
function drawAssignments(
  state: RoomState,
  block: Extract<Block, { kind: 'roles' }>,
  ctx: DecideContext,
): Record<string, string> {
  const cards = (roleCards(state.scenario, block) ?? []).map((c) => c.id);
  const earlier = block.swapsWith ? state.runs[block.swapsWith]?.roles : undefined;
  if (earlier) {
    const swapped: Record<string, string> = {};
    for (const [participantId, cardId] of Object.entries(earlier)) {
      if (!isMember(state.participants[participantId])) continue;
      swapped[participantId] = swapCard(cardId, cards, block.swapPairs);
    }
    // Newcomers since the first round get the cards that are least played.
    const newcomers = ctx.shuffle(presentParticipants(state).filter((id) => !(id in swapped)));
    return dealCards(newcomers, cards, swapped);
  }
  const present = presentParticipants(state);
  if (present.length === 0)
    throw new CommandRefused('invalid_state', 'there is nobody in the room to play a role');
  return dealCards(ctx.shuffle(present), cards, {});
}

function swapCard(
  cardId: string,
  cards: string[],
  pairs: Array<[string, string]> | undefined,
): string {
  if (pairs) {
    for (const [a, b] of pairs) {
      if (cardId === a) return b;
      if (cardId === b) return a;
    }
    return cardId;
  }
  const at = cards.indexOf(cardId);
  return at < 0 ? cardId : cards[(at + 1) % cards.length]!;
}

/** Gives each participant the card with the fewest players so far, in card order. */
function dealCards(
  participants: string[],
  cards: string[],
  start: Record<string, string>,
): Record<string, string> {
  const result = { ...start };
  const count = new Map(cards.map((c) => [c, 0]));
  for (const cardId of Object.values(result)) count.set(cardId, (count.get(cardId) ?? 0) + 1);
  for (const participantId of participants) {
    let best = cards[0]!;
    for (const card of cards) if (count.get(card)! < count.get(best)!) best = card;
    result[participantId] = best;
    count.set(best, count.get(best)! + 1);
  }
  return result;
}

/**
 * Splits a shuffled room into groups as close to `size` as can be, sizes differing by one at
 * most, and never a group of one: 11 people in pairs are four pairs and a three.
 */
export function formGroups(shuffled: readonly string[], size: number): string[][] {
  const n = shuffled.length;
  let count = Math.max(1, Math.ceil(n / size));
  if (n / count < 2) count = Math.max(1, Math.floor(n / size));
  const groups: string[][] = Array.from({ length: count }, () => []);
  shuffled.forEach((id, i) => groups[i % count]!.push(id));
  return groups;
}
