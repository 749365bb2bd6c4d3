import {
  perspectiveBefore,
  profileOf,
  strongestType,
  type Block,
  type RoomState,
} from '@samenspel/shared';
import type { Cell } from './csv.js';
import { clockTime, dateTime, minutesSeconds, percent } from './format.js';
import { KIND_LABEL, PERSPECTIVE_LABEL, TYPE_LABEL } from './labels.js';
import type { SessionRecord } from './session.js';
import { roundsById } from './rounds.js';
import { CSV_EXPORTS, type CsvExport } from '@samenspel/shared';

/** The CSV exports of a session, each a header and its rows. */
/** The list lives in shared, with the API paths, so the client offers exactly these. */
export const CSV_KINDS = CSV_EXPORTS;
export type CsvKind = CsvExport;

export interface Table {
  header: string[];
  rows: Cell[][];
}

export function isCsvKind(value: string): value is CsvKind {
  return (CSV_KINDS as readonly string[]).includes(value);
}

export function tableOf(kind: CsvKind, session: SessionRecord): Table {
  switch (kind) {
    case 'votes':
      return votesTable(session);
    case 'profiles':
      return profilesTable(session);
    case 'reflections':
      return reflectionsTable(session);
    case 'intentions':
      return intentionsTable(session);
    case 'visits':
      return visitsTable(session);
    case 'blocks':
      return blocksTable(session);
  }
}

type BlockOf<K extends Block['kind']> = Extract<Block, { kind: K }>;

/** Each block of a kind with its place in the programme (from 1). */
function blocksOfKind<K extends Block['kind']>(
  state: RoomState,
  ...kinds: K[]
): Array<{ block: BlockOf<K>; index: number }> {
  return state.scenario.blocks.flatMap((block, index) =>
    (kinds as string[]).includes(block.kind) ? [{ block: block as BlockOf<K>, index }] : [],
  );
}

/** The participants who answered a block, in join order. */
function answerers(state: RoomState, blockId: string): string[] {
  const answers = state.runs[blockId]?.answers ?? {};
  return state.participantOrder.filter((id) => answers[id] !== undefined);
}

const at = (time: number | undefined) => (time === undefined ? null : dateTime(time));

export const VOTES_HEADER = [
  'blok_nr',
  'blok_id',
  'blok',
  'soort',
  'vraag_id',
  'vraag',
  'ronde',
  'perspectief',
  'deelnemer_nr',
  'deelnemer',
  'optie_id',
  'optie',
  'stelling_id',
  'stelling',
  'waarde',
  'schaalpunten',
  'wijzigingen',
  'tijd',
];

/** One row per participant and chosen option of a vote, or per answered statement of a scale. */
function votesTable(session: SessionRecord): Table {
  const { state } = session;
  const rows: Cell[][] = [];
  const rounds = roundsById(state.scenario);
  for (const { block, index } of blocksOfKind(state, 'poll', 'scale')) {
    const round = rounds.get(block.id);
    const perspective = perspectiveBefore(state.scenario, index);
    const common = [
      index + 1,
      block.id,
      block.title,
      KIND_LABEL[block.kind],
      round?.questionId ?? block.id,
      block.kind === 'poll' ? block.question : null,
      round?.round ?? null,
      perspective ? PERSPECTIVE_LABEL[perspective] : null,
    ];
    for (const participantId of answerers(state, block.id)) {
      const answer = state.runs[block.id]!.answers[participantId]!;
      const who = [session.number(participantId), session.label(participantId)];
      if (block.kind === 'poll' && answer.kind === 'poll') {
        const trace = session.trace(block.id, participantId);
        for (const option of block.options) {
          if (!answer.optionIds.includes(option.id)) continue;
          rows.push([
            ...common,
            ...who,
            option.id,
            option.label,
            null,
            null,
            null,
            null,
            trace?.changes ?? 0,
            at(trace?.at),
          ]);
        }
      } else if (block.kind === 'scale' && answer.kind === 'scale') {
        for (const statement of block.statements) {
          const value = answer.values[statement.id];
          if (value === undefined) continue;
          const trace = session.trace(block.id, participantId, statement.id);
          rows.push([
            ...common,
            ...who,
            null,
            null,
            statement.id,
            statement.text,
            value,
            block.points,
            trace?.changes ?? 0,
            at(trace?.at),
          ]);
        }
      }
    }
  }
  return { header: VOTES_HEADER, rows };
}

export const PROFILES_HEADER = [
  'blok_nr',
  'blok_id',
  'blok',
  'deelnemer_nr',
  'deelnemer',
  'beantwoord',
  'totaal',
  'volledig',
  'sterkte_bureaucraat_pct',
  'sterkte_ondernemer_pct',
  'sterkte_verbinder_pct',
  'aandeel_bureaucraat_pct',
  'aandeel_ondernemer_pct',
  'aandeel_verbinder_pct',
  'sterkste_type',
];

/** One row per participant and stellingenlijst they answered, finished or not. */
function profilesTable(session: SessionRecord): Table {
  const { state } = session;
  const rows: Cell[][] = [];
  for (const { block, index } of blocksOfKind(state, 'statements')) {
    for (const participantId of answerers(state, block.id)) {
      const answer = state.runs[block.id]!.answers[participantId]!;
      if (answer.kind !== 'statements') continue;
      const profile = profileOf(block, answer.values);
      if (!profile) continue;
      const strongest = strongestType(profile);
      rows.push([
        index + 1,
        block.id,
        block.title,
        session.number(participantId),
        session.label(participantId),
        profile.answered,
        profile.total,
        profile.answered === profile.total,
        percent(profile.strength.bureaucraat),
        percent(profile.strength.ondernemer),
        percent(profile.strength.verbinder),
        percent(profile.share.bureaucraat),
        percent(profile.share.ondernemer),
        percent(profile.share.verbinder),
        strongest ? TYPE_LABEL[strongest] : 'gelijk',
      ]);
    }
  }
  return { header: PROFILES_HEADER, rows };
}

export const REFLECTIONS_HEADER = [
  'blok_nr',
  'blok_id',
  'blok',
  'vraag',
  'tekst',
  'anoniem',
  'auteur_nr',
  'auteur',
  'verborgen',
  'uitgelicht',
];

export interface ReflectionEntry {
  text: string;
  /** Null for an anonymous block: the log that leaves the server has no author for it. */
  author: { number: number | null; label: string } | null;
  hidden: boolean;
  highlighted: boolean;
}

/**
 * The reflections of one block: in the order they were written, or, in an anonymous block,
 * in a fixed order by their opaque id, so not even the order points to a person.
 */
export function reflectionsOf(
  session: SessionRecord,
  block: BlockOf<'reflection'>,
): ReflectionEntry[] {
  const run = session.state.runs[block.id];
  if (!run) return [];
  const entries = run.answerOrder.flatMap((participantId) => {
    const answer = run.answers[participantId];
    if (answer?.kind !== 'reflection') return [];
    const id = run.reflectionIds[participantId] ?? '';
    const moderation = run.moderation[id] ?? { hidden: false, highlighted: false };
    const author = block.anonymous
      ? null
      : { number: session.number(participantId), label: session.label(participantId) };
    return [{ id, entry: { text: answer.text, author, ...moderation } }];
  });
  if (block.anonymous) entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return entries.map(({ entry }) => entry);
}

/** One row per reflection, hidden ones included and marked; no author in an anonymous block. */
function reflectionsTable(session: SessionRecord): Table {
  const rows: Cell[][] = [];
  for (const { block, index } of blocksOfKind(session.state, 'reflection')) {
    for (const entry of reflectionsOf(session, block)) {
      rows.push([
        index + 1,
        block.id,
        block.title,
        block.prompt,
        entry.text,
        block.anonymous,
        entry.author?.number ?? null,
        entry.author?.label ?? null,
        entry.hidden,
        entry.highlighted,
      ]);
    }
  }
  return { header: REFLECTIONS_HEADER, rows };
}

export const INTENTIONS_HEADER = [
  'blok_nr',
  'blok_id',
  'blok',
  'deelnemer_nr',
  'deelnemer',
  'nr',
  'voornemen',
  'tijd',
];

/** One row per intention, numbered per participant. */
function intentionsTable(session: SessionRecord): Table {
  const { state } = session;
  const rows: Cell[][] = [];
  for (const { block, index } of blocksOfKind(state, 'intentions')) {
    for (const participantId of answerers(state, block.id)) {
      const answer = state.runs[block.id]!.answers[participantId]!;
      if (answer.kind !== 'intentions') continue;
      const trace = session.trace(block.id, participantId);
      answer.items.forEach((item, i) => {
        rows.push([
          index + 1,
          block.id,
          block.title,
          session.number(participantId),
          session.label(participantId),
          i + 1,
          item,
          at(trace?.at),
        ]);
      });
    }
  }
  return { header: INTENTIONS_HEADER, rows };
}

export const VISITS_HEADER = [
  'blok_nr',
  'blok_id',
  'blok',
  'deelnemer_nr',
  'deelnemer',
  'koppel',
  'maatje',
  'bij_wie',
  'wanneer',
  'vraag',
  'tijd',
];

/**
 * One row per keukenbezoek agreed: the pair it was drawn in and the partners (as the export names
 * everyone: pseudonyms unless names are asked for), whose kitchen, when, and the question. A
 * partner the participant typed in (the room chose its own pairs) is a name, so it is left out
 * of the export without names.
 */
function visitsTable(session: SessionRecord): Table {
  const { state } = session;
  const rows: Cell[][] = [];
  for (const { block, index } of blocksOfKind(state, 'visit')) {
    const groups = state.runs[block.id]?.groups ?? [];
    for (const participantId of answerers(state, block.id)) {
      const answer = state.runs[block.id]!.answers[participantId]!;
      if (answer.kind !== 'visit') continue;
      const pair = groups.findIndex((members) => members.includes(participantId));
      const partners =
        answer.partner !== undefined
          ? session.names
            ? answer.partner
            : null
          : (groups[pair] ?? [])
              .filter((id) => id !== participantId)
              .map((id) => session.label(id))
              .join('; ');
      rows.push([
        index + 1,
        block.id,
        block.title,
        session.number(participantId),
        session.label(participantId),
        pair >= 0 ? pair + 1 : null,
        partners,
        answer.host,
        answer.when,
        answer.question,
        // Answers are traced per field: when the agreement's whose-kitchen was last written.
        at(session.trace(block.id, participantId, 'host')?.at),
      ]);
    }
  }
  return { header: VISITS_HEADER, rows };
}

export const BLOCKS_HEADER = [
  'blok_nr',
  'blok_id',
  'blok',
  'soort',
  'gepland_min',
  'werkelijk_min',
  'werkelijk_sec',
  'verschil_min',
  'bezoeken',
  'per_bezoek',
  'starttijden',
];

export interface BlockTiming {
  block: Block;
  index: number;
  plannedMin: number;
  actualMs: number;
  visits: Array<{ enteredAt: number; ms: number }>;
}

/** Planned against actual, per block of the programme. */
export function timingsOf(session: SessionRecord): BlockTiming[] {
  return session.state.scenario.blocks.map((block, index) => {
    const visits = session.visits
      .filter((visit) => visit.blockIndex === index)
      .map(({ enteredAt, ms }) => ({ enteredAt, ms }));
    return {
      block,
      index,
      plannedMin: block.minutes,
      actualMs: visits.reduce((sum, visit) => sum + visit.ms, 0),
      visits,
    };
  });
}

/** One row per block of the programme, in its order, visited or not. */
function blocksTable(session: SessionRecord): Table {
  const rows = timingsOf(session).map(({ block, index, plannedMin, actualMs, visits }) => {
    const actualMin = Math.round(actualMs / 60_000);
    return [
      index + 1,
      block.id,
      block.title,
      KIND_LABEL[block.kind],
      plannedMin,
      actualMin,
      Math.round(actualMs / 1000),
      visits.length > 0 ? actualMin - plannedMin : null,
      visits.length,
      visits.map((visit) => minutesSeconds(visit.ms)).join('; '),
      visits.map((visit) => clockTime(visit.enteredAt)).join('; '),
    ];
  });
  return { header: BLOCKS_HEADER, rows };
}
