import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { ScenarioSchema, type RoomEvent, type RoomEventDraft } from '@samenspel/shared';

const FLAGSHIP = fileURLToPath(
  new URL('../../scenarios/bestuurlijke-sensitiviteit.yaml', import.meta.url),
);

/**
 * A realistic 5-hour session of the flagship programme as a log: a conference-sized group
 * joining, answering every question (statement by statement), writing, reconnecting, while the
 * facilitator moves through all blocks. Deterministic (a seeded generator), `target` events long.
 */
export function syntheticLog(target = 50_000, participants = 220): RoomEvent[] {
  const scenario = ScenarioSchema.parse(parse(readFileSync(FLAGSHIP, 'utf8')));
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const start = Date.UTC(2026, 10, 23, 8, 30);
  const events: RoomEvent[] = [];
  const push = (
    draft: RoomEventDraft,
    at: number,
    actor: RoomEvent['actor'] = { kind: 'facilitator' },
  ) => events.push({ ...draft, seq: events.length + 1, at: Math.round(at), actor } as RoomEvent);

  push(
    { type: 'room_created', roomId: 'r_bench', code: 'BENCH2', groupName: 'Bench', scenario },
    start,
  );
  const ids = Array.from({ length: participants }, (_, i) => `p_${i}`);
  ids.forEach((id, i) =>
    push(
      { type: 'participant_joined', participantId: id, name: `Deelnemer ${i + 1}` },
      start + i * 500,
      { kind: 'participant', id },
    ),
  );
  push({ type: 'session_started' }, start + 5 * 60_000);

  const dayMs = 5 * 60 * 60_000;
  const perBlock = dayMs / scenario.blocks.length;
  const fillerPerBlock = Math.max(0, Math.ceil((target - events.length) / scenario.blocks.length));
  scenario.blocks.forEach((block, index) => {
    const t0 = start + 5 * 60_000 + index * perBlock;
    push({ type: 'block_entered', blockIndex: index }, t0);
    push({ type: 'timer_started', endsAt: Math.round(t0 + block.minutes * 60_000) }, t0 + 1000);
    for (
      let k = 0;
      k < fillerPerBlock && events.length < target - 3 * (scenario.blocks.length - index);
      k++
    ) {
      const id = ids[Math.floor(random() * ids.length)]!;
      const at = t0 + 2000 + (k / fillerPerBlock) * (perBlock - 10_000);
      const actor = { kind: 'participant' as const, id };
      switch (block.kind) {
        case 'poll':
          push(
            {
              type: 'answer_submitted',
              blockId: block.id,
              participantId: id,
              answer: {
                kind: 'poll',
                optionIds: [block.options[Math.floor(random() * block.options.length)]!.id],
              },
            },
            at,
            actor,
          );
          break;
        case 'scale':
        case 'statements': {
          const items = block.kind === 'scale' ? block.statements : block.items;
          const item = items[Math.floor(random() * items.length)]!;
          push(
            {
              type: 'answer_submitted',
              blockId: block.id,
              participantId: id,
              answer: {
                kind: block.kind,
                values: { [item.id]: 1 + Math.floor(random() * block.points) },
              },
            },
            at,
            actor,
          );
          break;
        }
        case 'reflection':
          push(
            {
              type: 'answer_submitted',
              blockId: block.id,
              participantId: id,
              answer: { kind: 'reflection', text: `Gedachte ${k}` },
              reflectionId: `f_${block.id}_${id}`,
            },
            at,
            actor,
          );
          break;
        default:
          // Phones sleeping and waking: the most common event in a real room between questions.
          push(
            {
              type: 'presence_changed',
              participantId: id,
              presence: random() < 0.5 ? 'dropped' : 'connected',
            },
            at,
            { kind: 'system' },
          );
      }
    }
  });
  // Top up to exactly the target with the closing minutes' comings and goings; time never
  // runs backwards in a log (an import refuses one that does).
  const closing = Math.max(events[events.length - 1]!.at, start + dayMs - 1000);
  while (events.length < target - 1) {
    const id = ids[events.length % ids.length]!;
    push({ type: 'presence_changed', participantId: id, presence: 'dropped' }, closing, {
      kind: 'system',
    });
  }
  push({ type: 'session_ended' }, closing + 1000);
  return events;
}
