import { vi } from 'vitest';
import {
  ScenarioSchema,
  type FacilitatorRun,
  type FacilitatorView,
  type ParticipantSummary,
  type ScenarioInput,
} from '@samenspel/shared';
import type { SendCommand } from '../src/hooks/useRoomConnection';

/** A console test's programme: one block of each kind the activity panel handles. */
export const scenarioInput: ScenarioInput = {
  id: 'console-test',
  title: 'Bestuurlijke sensitiviteit',
  minutes: 60,
  blocks: [
    { id: 'welkom', kind: 'info', title: 'Welkom', minutes: 10 },
    {
      id: 'casus-a',
      kind: 'casus',
      title: 'Casus',
      minutes: 5,
      perspective: 'bureaucraat',
      case: 'Een speelplek.',
    },
    {
      id: 'stem-a',
      kind: 'poll',
      title: 'Wat doe je eerst?',
      minutes: 5,
      question: 'Wat doe je eerst?',
      options: [
        { id: 'regels', label: 'De regels nakijken' },
        { id: 'buurt', label: 'Met de buurt praten' },
      ],
    },
    {
      id: 'casus-b',
      kind: 'casus',
      title: 'Casus, andere bril',
      minutes: 5,
      perspective: 'verbinder',
      sameCaseAs: 'casus-a',
    },
    {
      id: 'stem-b',
      kind: 'poll',
      title: 'Wat doe je nu eerst?',
      minutes: 5,
      question: 'Wat doe je eerst?',
      repeats: 'stem-a',
      options: [
        { id: 'regels', label: 'De regels nakijken' },
        { id: 'buurt', label: 'Met de buurt praten' },
      ],
    },
    {
      id: 'lijst',
      kind: 'statements',
      title: 'Stellingen',
      minutes: 5,
      items: [
        { id: 's1', type: 'bureaucraat', text: 'Kaders helpen.' },
        { id: 's2', type: 'ondernemer', text: 'Risico mag.' },
        { id: 's3', type: 'verbinder', text: 'Inwoners eerst.' },
      ],
    },
    {
      id: 'indruk',
      kind: 'reflection',
      title: 'Eerste indruk',
      minutes: 5,
      prompt: 'Wat viel op?',
      anonymous: true,
    },
    {
      id: 'rollen',
      kind: 'roles',
      title: 'Rollenspel',
      minutes: 5,
      cards: [
        { id: 'wethouder', name: 'Wethouder', public: 'Wil snel.', brief: 'De krant belde.' },
        {
          id: 'adviseur',
          name: 'Adviseur',
          public: 'Schrijft het advies.',
          brief: 'Twee weken is kort.',
        },
        {
          id: 'bewoner',
          name: 'Bewoner',
          public: 'Wil meepraten.',
          brief: 'Niet tegen, wel betrokken.',
        },
      ],
    },
    {
      id: 'rollen-2',
      kind: 'roles',
      title: 'Rollenspel ronde 2',
      minutes: 5,
      assignment: 'facilitator',
      swapsWith: 'rollen',
    },
    {
      id: 'tweetallen',
      kind: 'groups',
      title: 'Tweetallen',
      minutes: 5,
      size: 2,
      prompt: 'Vertel.',
    },
    {
      id: 'voornemen',
      kind: 'intentions',
      title: 'Voornemen',
      minutes: 5,
      prompt: 'Wat ga je doen?',
    },
  ],
};

export const scenario = ScenarioSchema.parse(scenarioInput);

export const indexOf = (blockId: string): number =>
  scenario.blocks.findIndex((block) => block.id === blockId);

export const participants: ParticipantSummary[] = [
  { id: 'p1', name: 'Anna', presence: 'connected', joinedAt: 1 },
  { id: 'p2', name: 'Bram', presence: 'connected', joinedAt: 2 },
  { id: 'p3', name: 'Chris', presence: 'connected', joinedAt: 3 },
  { id: 'p4', name: null, presence: 'connected', joinedAt: 4 },
];

export function run(overrides: Partial<FacilitatorRun> = {}): FacilitatorRun {
  return {
    locked: false,
    revealed: false,
    answered: 0,
    // A count of answers alone stands for that many finished ones.
    progress: { complete: overrides.answered ?? 0, started: 0 },
    answeredBy: [],
    completeBy: overrides.answeredBy ?? [],
    results: null,
    reflections: [],
    cases: null,
    roles: null,
    groups: null,
    ...overrides,
  };
}

/** The session started at `startedAt`; the room is in `blockId` since `enteredAt`. */
export function viewAt(
  blockId: string,
  blockRun: FacilitatorRun,
  extra: Partial<FacilitatorView> = {},
): FacilitatorView {
  const index = indexOf(blockId);
  return {
    role: 'facilitator',
    room: {
      roomId: 'r1',
      code: 'K7W4PX',
      title: scenario.title,
      language: 'nl',
      groupName: null,
      status: 'running',
      createdAt: 0,
      startedAt: 1_000,
      endedAt: null,
      joinsClosedAt: null,
    },
    scenario,
    currentBlockIndex: index,
    visits: [{ blockIndex: index, enteredAt: 1_000 }],
    timer: { status: 'idle', durationMs: 5 * 60_000 },
    participants,
    headcount: { members: participants.length, connected: participants.length },
    runs: { [blockId]: blockRun },
    rounds: [],
    ...extra,
  };
}

/** A send that records every command and says yes. */
export function recordingSend() {
  return vi.fn<SendCommand>(async () => ({ ok: true, seq: 1 }));
}
