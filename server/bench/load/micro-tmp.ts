import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  reduceRoom,
  projectForFacilitator,
  projectForParticipant,
  ScenarioSchema,
  type RoomEvent,
  type RoomState,
} from '@samenspel/shared';
const scenario = ScenarioSchema.parse(
  parse(readFileSync(new URL('./scenarios/bench-stemming.yaml', import.meta.url), 'utf8')),
);
let seq = 0;
const ev = (e: Record<string, unknown>) =>
  ({ seq: ++seq, at: 1000 + seq, actor: { kind: 'facilitator' }, ...e }) as unknown as RoomEvent;
let state: RoomState = reduceRoom(
  null,
  ev({ type: 'room_created', roomId: 'r1', code: 'ABCDEF', scenario, groupName: null }),
);
state = reduceRoom(state, ev({ type: 'session_started' }));
state = reduceRoom(state, ev({ type: 'block_entered', blockIndex: 0 }));
const ids: string[] = [];
for (let i = 0; i < 1000; i++) {
  const id = `p_${i.toString(36)}abcdef`;
  ids.push(id);
  state = reduceRoom(state, ev({ type: 'participant_joined', participantId: id, name: null }));
}
let t = performance.now();
for (const id of ids)
  state = reduceRoom(
    state,
    ev({
      type: 'answer_submitted',
      blockId: 'stemming',
      participantId: id,
      answer: { kind: 'poll', optionIds: ['plan'] },
    }),
  );
console.log('1000 answers reduce ms', performance.now() - t);
t = performance.now();
for (let i = 0; i < 100; i++) projectForFacilitator(state);
console.log('facilitator projection ms', (performance.now() - t) / 100);
t = performance.now();
for (let i = 0; i < 100; i++) JSON.stringify(projectForFacilitator(state));
console.log(
  'facilitator projection+stringify ms',
  (performance.now() - t) / 100,
  JSON.stringify(projectForFacilitator(state)).length,
);
t = performance.now();
for (const id of ids) JSON.stringify(projectForParticipant(state, id));
console.log(
  'participant projection+stringify ms',
  (performance.now() - t) / 1000,
  JSON.stringify(projectForParticipant(state, ids[0]!)).length,
);
