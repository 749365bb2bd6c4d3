import { CommandRefused } from '../protocol/errors.js';
import type { RoomEvent } from '../room/events.js';
import type { BlockRun, RoomState } from '../room/state.js';
import type { Block } from '../scenario/schema.js';
import { misfit } from './kind.js';
import { MAX_SHORTLIST, type PracticeAnswer, type ShortlistedCase } from './practice.js';

/**
 * The shortlist of a practice block (practice.ts): how the facilitator's events fold into it, and
 * the rules those events meet, for the live decision and an imported log alike.
 */

/** A case on the shortlist with the dossiers it was made from (opaque ids). */
export interface Candidate extends ShortlistedCase {
  sources: string[];
}

/** What the facilitator did with a practice block's dossiers. */
export interface CasesRun {
  candidates: Candidate[];
  voting: boolean;
  /** The case chosen, as it was shown at the moment of choosing. */
  chosen: ShortlistedCase | null;
}

type CaseEvent = Extract<
  RoomEvent,
  { type: 'case_listed' | 'case_unlisted' | 'case_voting' | 'case_chosen' }
>;

const NOTHING_YET: CasesRun = { candidates: [], voting: false, chosen: null };

export function casesOf(run: BlockRun | undefined): CasesRun {
  return run?.cases ?? NOTHING_YET;
}

/** The shortlist after one of the facilitator's events; pure, the input stays as it was. */
export function reduceCases(cases: CasesRun, event: CaseEvent): CasesRun {
  switch (event.type) {
    case 'case_listed': {
      const entry: Candidate = {
        id: event.candidateId,
        title: event.title,
        text: event.text,
        sources: event.sources,
      };
      const at = cases.candidates.findIndex((c) => c.id === event.candidateId);
      const candidates =
        at < 0
          ? [...cases.candidates, entry]
          : cases.candidates.map((c, i) => (i === at ? entry : c));
      return { ...cases, candidates };
    }
    case 'case_unlisted':
      return { ...cases, candidates: cases.candidates.filter((c) => c.id !== event.candidateId) };
    case 'case_voting':
      return { ...cases, voting: event.open };
    case 'case_chosen':
      return {
        ...cases,
        voting: false,
        chosen: { id: event.candidateId, title: event.title, text: event.text },
      };
  }
}

function refused(message: string, field?: string): CommandRefused {
  return new CommandRefused('invalid_state', message, field);
}

/** The block is a practice block: the only kind with a shortlist. */
export function requirePracticeBlock(block: Block): Extract<Block, { kind: 'practice' }> {
  if (block.kind !== 'practice') throw refused('this block has no cases from practice', 'blockId');
  return block;
}

/** The opaque ids of the dossiers sent in to this block. */
function submissionIds(run: BlockRun | undefined): Set<string> {
  const ids = new Set<string>();
  if (!run) return ids;
  for (const [participantId, id] of Object.entries(run.reflectionIds)) {
    const answer = run.answers[participantId];
    if (answer?.kind === 'practice' && answer.case) ids.add(id);
  }
  return ids;
}

/**
 * A case may be listed or edited while the vote is closed; it is made from dossiers of this block
 * (each named once), and the list holds at most as many cases as a vote has options.
 */
export function checkListing(
  run: BlockRun | undefined,
  candidateId: string,
  sources: readonly string[],
  isNew: boolean,
): void {
  const cases = casesOf(run);
  if (cases.voting) throw refused('close the vote before you change the shortlist');
  const exists = cases.candidates.some((c) => c.id === candidateId);
  if (isNew && exists) throw misfit(`case id "${candidateId}" is used twice`, 'candidateId');
  if (!isNew && !exists) throw misfit('there is no such case on the shortlist', 'candidateId');
  if (isNew && cases.candidates.length >= MAX_SHORTLIST) {
    throw refused(`the shortlist holds at most ${MAX_SHORTLIST} cases`);
  }
  const known = submissionIds(run);
  const seen = new Set<string>();
  sources.forEach((id, i) => {
    if (!known.has(id) || seen.has(id)) {
      throw misfit('there is no such dossier here, or it is named twice', `sources.${i}`);
    }
    seen.add(id);
  });
}

/** A case leaves the shortlist while the vote is closed, and never the chosen one. */
export function checkUnlisting(run: BlockRun | undefined, candidateId: string): void {
  const cases = casesOf(run);
  if (cases.voting) throw refused('close the vote before you change the shortlist');
  if (!cases.candidates.some((c) => c.id === candidateId)) {
    throw misfit('there is no such case on the shortlist', 'candidateId');
  }
  if (cases.chosen?.id === candidateId) {
    throw refused('this is the chosen case: choose another one first', 'candidateId');
  }
}

/** A vote opens on a shortlist of two or more, before a case is chosen; it closes once. */
export function checkVoting(run: BlockRun | undefined, open: boolean): void {
  const cases = casesOf(run);
  if (cases.voting === open) {
    throw refused(open ? 'the vote is already open' : 'the vote is not open');
  }
  if (open && cases.candidates.length < 2) {
    throw refused('a vote needs at least two cases on the shortlist');
  }
  if (open && cases.chosen) throw refused('a case has been chosen already');
}

/** The case chosen is on the shortlist and not the one already chosen; returns it. */
export function checkChoice(run: BlockRun | undefined, candidateId: string): Candidate {
  const cases = casesOf(run);
  const candidate = cases.candidates.find((c) => c.id === candidateId);
  if (!candidate) throw misfit('there is no such case on the shortlist', 'candidateId');
  const chosen = cases.chosen;
  if (
    chosen?.id === candidateId &&
    chosen.title === candidate.title &&
    chosen.text === candidate.text
  ) {
    throw refused('this case is already chosen');
  }
  return candidate;
}

/**
 * A vote fits only the room as it stands: the vote is open and the case is on the shortlist.
 * Checked when a phone votes; an exported log moves anonymous answers to the start of the visit
 * (redact-order.ts), so a log's vote may come before the shortlist it was cast on.
 */
export function checkVoteFits(run: BlockRun | undefined, answer: PracticeAnswer): void {
  if (answer.vote === undefined) return;
  const cases = casesOf(run);
  if (!cases.voting) throw refused('the vote on the cases is not open', 'answer.vote');
  if (!cases.candidates.some((c) => c.id === answer.vote)) {
    throw misfit('that case is not on the shortlist', 'answer.vote');
  }
}

/** Votes per case on the shortlist; a vote for a case taken off it counts for none. */
export function voteCounts(
  candidates: readonly { id: string }[],
  answers: Iterable<PracticeAnswer>,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of candidates) counts[c.id] = 0;
  for (const answer of answers) {
    if (answer.vote !== undefined && Object.hasOwn(counts, answer.vote)) counts[answer.vote]! += 1;
  }
  return counts;
}

/** The cases chosen so far in the room, per practice block id: what `caseFrom` blocks play. */
export function chosenCases(state: RoomState): Record<string, { title: string; text: string }> {
  const chosen: Record<string, { title: string; text: string }> = {};
  for (const block of state.scenario.blocks) {
    const picked = block.kind === 'practice' ? state.runs[block.id]?.cases?.chosen : null;
    if (picked) chosen[block.id] = { title: picked.title, text: picked.text };
  }
  return chosen;
}
