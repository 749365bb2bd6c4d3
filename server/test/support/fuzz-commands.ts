import {
  deepNest,
  hugeString,
  junkValue,
  NASTY_KEYS,
  nastyString,
  Rng,
  withOwnKey,
  wrongTyped,
} from './fuzz-random.js';

/**
 * Commands for the fuzz test: real command shapes (as the shared schemas define them) for the
 * shipped `demo` programme, and mutations of them that no server may accept. Every command made
 * here must be refused in the room it is sent to; the test checks that it is.
 */

export type Sender = 'participant' | 'guest' | 'presenter' | 'facilitator';
/** lobby: not started; open: on the poll, answers open; locked: on the statements, closed. */
export type Stage = 'lobby' | 'open' | 'locked';
type Body = Record<string, unknown>;

/** The poll the `open` room shows: one choice of three. */
export const OPEN_POLL = { blockId: 'eerste-stap', options: ['regels', 'plan', 'buurt'] } as const;
export const LOCKED_BLOCK = 'mini-stellingen';
const BLOCK_IDS = [
  'welkom',
  'mini-casus',
  'eerste-stap',
  'thermometer',
  LOCKED_BLOCK,
  'eerste-indruk',
  'mini-rollenspel',
  'tweetallen',
  'voornemen',
];

/** A schema-valid answer to a block of the demo programme (or to one that does not exist). */
function validAnswer(rng: Rng): Body {
  switch (rng.int(0, 6)) {
    case 0:
      return { kind: 'poll', optionIds: [rng.pick(OPEN_POLL.options)] };
    case 1:
      return { kind: 'scale', values: { 'weet-wat-speelt': rng.int(1, 5) } };
    case 2:
      return { kind: 'statements', values: { [rng.pick(['d1', 'd2', 'd3'])]: rng.int(1, 5) } };
    case 3:
      return { kind: 'reflection', text: randomWords(rng) };
    case 4:
      return rng.chance(0.5)
        ? { kind: 'practice', vote: `k${rng.int(1, 9)}` }
        : {
            kind: 'practice',
            case: {
              title: randomWords(rng),
              who: '',
              stake: randomWords(rng),
              deadline: '',
              named: false,
            },
          };
    case 5:
      // The demo has no keukenbezoek: an agreement is refused wherever it is sent.
      return { kind: 'visit', host: randomWords(rng), when: 'Week 12', question: randomWords(rng) };
    default:
      return { kind: 'intentions', items: [randomWords(rng)] };
  }
}

function randomWords(rng: Rng): string {
  return rng.pick(['Meer luisteren', 'Eerst bellen', 'Ik twijfel', 'Ja']) + ` ${rng.int(1, 999)}`;
}

/**
 * Every command type with plausible fields: what a real client would send. With
 * `phoneCommands`, only join, leave and answer: what a phone's connection gets furthest with.
 */
export function validShape(rng: Rng, phoneCommands = false): Body {
  const blockId = rng.pick(BLOCK_IDS);
  const shapes: Array<() => Body> = [
    () => ({ type: 'join', name: rng.chance(0.2) ? null : `Fuzz ${rng.int(1, 99)}` }),
    () => ({ type: 'leave' }),
    () => ({ type: 'answer', blockId, answer: validAnswer(rng) }),
    () => ({ type: 'session.start' }),
    () => ({ type: 'block.next' }),
    () => ({ type: 'block.previous' }),
    () => ({ type: 'block.goto', blockId }),
    () => ({ type: rng.pick(['timer.start', 'timer.pause', 'timer.resume', 'timer.reset']) }),
    () => ({ type: 'timer.extend', byMs: rng.pick([60_000, -30_000]) }),
    () => ({
      type: rng.pick(['answers.lock', 'answers.unlock', 'results.reveal', 'results.hide']),
      blockId,
    }),
    () => ({
      type: 'reflection.moderate',
      blockId,
      reflectionId: `f${rng.int(1, 9)}`,
      hidden: rng.chance(0.5),
      highlighted: rng.chance(0.5),
    }),
    () => ({ type: 'roles.assign', blockId: 'mini-rollenspel' }),
    () => ({ type: 'groups.form', blockId: 'tweetallen' }),
    // The demo has no block of cases from practice: each of these must be refused there.
    () => ({
      type: 'cases.list',
      blockId,
      title: randomWords(rng),
      text: randomWords(rng),
      sources: rng.chance(0.5) ? [] : [`d${rng.int(1, 9)}`],
    }),
    () => ({ type: 'cases.unlist', blockId, candidateId: `k${rng.int(1, 9)}` }),
    () => ({ type: 'cases.voting', blockId, open: rng.chance(0.5) }),
    () => ({ type: 'cases.choose', blockId, candidateId: `k${rng.int(1, 9)}` }),
    () => ({ type: rng.pick(['joins.close', 'joins.open']) }),
    () => ({ type: 'participant.remove', participantId: `p_${rng.int(1, 999)}` }),
    // The demo is one sitting: closing or starting a meeting is refused there.
    () => ({ type: rng.pick(['meeting.close', 'meeting.start']) }),
    () => ({ type: 'session.end' }),
  ];
  return { v: 1, id: newId(rng), ...rng.pick(phoneCommands ? shapes.slice(0, 3) : shapes)() };
}

/** A command id as the client makes them, drawn from the seed. */
export function newId(rng: Rng): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let id = '';
  for (let i = 0; i < 20; i++) id += alphabet[rng.int(0, alphabet.length - 1)];
  return id;
}

/** Changes that make any command fail the schema (or the guard before it), whatever it was. */
const BREAKING: Record<string, (rng: Rng, body: Body) => Body> = {
  'missing-field': (rng, body) => {
    const copy = { ...body };
    delete copy[rng.pick(['v', 'id', 'type', ...requiredFieldsOf(body)])];
    return copy;
  },
  'extra-field': (rng, body) =>
    rng.chance(0.3)
      ? withOwnKey(body, rng.pick(NASTY_KEYS), junkValue(rng))
      : {
          ...body,
          [rng.pick(['extra', 'admin', 'participantId', 'seq', 'actor'])]: junkValue(rng),
        },
  'wrong-type': (rng, body) => {
    const field = rng.pick(['v', 'id', 'type', ...requiredFieldsOf(body)]);
    return { ...body, [field]: wrongTyped(rng, body[field]) };
  },
  'bad-version': (rng, body) => ({
    ...body,
    v: rng.pick([0, 2, '1', 1.5, -1, null, [1], { v: 1 }]),
  }),
  'bad-id': (rng, body) => ({
    ...body,
    id: rng.pick([
      '',
      'short',
      'x'.repeat(65),
      'has spaces in it!!',
      'ünïcödé-ünïcödé-ü',
      1234567890123456,
      newId(rng) + '\n',
    ]),
  }),
  'unknown-type': (rng, body) => ({
    ...body,
    type: rng.pick([
      'vote',
      'block.skip',
      'session.START',
      'answer ',
      'admin.grant',
      '',
      nastyString(rng),
    ]),
  }),
  'huge-string': (rng, body) => {
    const field = rng.pick(['id', 'type', ...stringFieldsOf(body)]);
    // At most 7,000 characters of up to two bytes: under the 16 KB a message may have.
    return { ...body, [field]: hugeString(rng, 5_001, 7_000) };
  },
  'deep-nesting': (rng, body) => {
    const field = rng.pick(['v', 'id', ...requiredFieldsOf(body), 'extra']);
    return { ...body, [field]: deepNest(rng, rng.int(50, 2_000)) };
  },
  binary: (rng, body) => {
    const field = rng.pick(['v', 'id', 'type', ...requiredFieldsOf(body)]);
    return { ...body, [field]: Buffer.from(newId(rng)) };
  },
};
export const BREAKING_KINDS = Object.keys(BREAKING);
const FOLLOW_UP_BREAKS = [
  'extra-field',
  'wrong-type',
  'bad-version',
  'bad-id',
  'unknown-type',
  'binary',
];

/**
 * The fields of the command itself. Never an odd key added by an earlier change: binary in its
 * place makes the client library copy the message key by key, and a copied `__proto__` is lost.
 */
function requiredFieldsOf(body: Body): string[] {
  return Object.keys(body).filter((key) => !['v', 'id', 'type', ...NASTY_KEYS].includes(key));
}

function stringFieldsOf(body: Body): string[] {
  return requiredFieldsOf(body).filter((key) => typeof body[key] === 'string');
}

export function breakCommand(rng: Rng, body: Body, kind = rng.pick(BREAKING_KINDS)): Body {
  return BREAKING[kind]!(rng, body);
}

/**
 * Answers the open poll cannot take: an unknown option, two or a doubled option on a one-choice
 * poll, another kind of answer, another block. They pass the schema and reach decide().
 */
export function unfitAnswer(rng: Rng): Body {
  const [a, b] = [rng.pick(OPEN_POLL.options), rng.pick(OPEN_POLL.options)];
  const answer = rng.pick<Body>([
    { kind: 'poll', optionIds: ['bestaat-niet'] },
    { kind: 'poll', optionIds: [a, 'onbekend'] },
    { kind: 'poll', optionIds: a === b ? [a, a] : [a, b] },
    { kind: 'poll', optionIds: [a, a] },
    { kind: 'scale', values: { [a]: 3 } },
    { kind: 'statements', values: { d1: 2 } },
    { kind: 'reflection', text: 'Dit is geen stem' },
    { kind: 'intentions', items: ['Nee'] },
  ]);
  const blockId = rng.chance(0.8) ? OPEN_POLL.blockId : rng.pick([...BLOCK_IDS, 'bestaat-niet']);
  return blockId === OPEN_POLL.blockId
    ? { type: 'answer', blockId, answer }
    : { type: 'answer', blockId, answer: validAnswer(rng) };
}

/**
 * Facilitator commands that pass the schema but that decide() must refuse in this stage:
 * out of order, on the wrong block, or about something that does not exist.
 */
export function refusedFacilitatorCommand(rng: Rng, stage: Stage): Body {
  const always: Body[] = [
    { type: 'block.goto', blockId: 'bestaat-niet' },
    { type: 'answers.lock', blockId: 'welkom' },
    { type: 'answers.lock', blockId: 'bestaat-niet' },
    { type: 'results.hide', blockId: OPEN_POLL.blockId },
    {
      type: 'reflection.moderate',
      blockId: 'eerste-indruk',
      reflectionId: 'f-none',
      hidden: true,
      highlighted: false,
    },
    {
      type: 'reflection.moderate',
      blockId: OPEN_POLL.blockId,
      reflectionId: 'f1',
      hidden: false,
      highlighted: true,
    },
    { type: 'roles.assign', blockId: OPEN_POLL.blockId },
    { type: 'roles.assign', blockId: 'mini-rollenspel', assignments: { 'p-niemand': 'wethouder' } },
    { type: 'groups.form', blockId: 'welkom' },
    { type: 'timer.pause' },
    // Nobody closed the fuzzed rooms, and no participant has this id.
    { type: 'joins.open' },
    { type: 'participant.remove', participantId: 'p-niemand' },
  ];
  const byStage: Record<Stage, Body[]> = {
    lobby: [
      { type: 'block.next' },
      { type: 'block.previous' },
      { type: 'timer.start' },
      { type: 'timer.reset' },
      { type: 'timer.extend', byMs: 60_000 },
      { type: 'answers.unlock', blockId: OPEN_POLL.blockId },
    ],
    open: [
      { type: 'session.start' },
      { type: 'block.goto', blockId: OPEN_POLL.blockId },
      { type: 'answers.unlock', blockId: OPEN_POLL.blockId },
    ],
    locked: [
      { type: 'session.start' },
      { type: 'block.goto', blockId: LOCKED_BLOCK },
      { type: 'answers.lock', blockId: LOCKED_BLOCK },
      { type: 'results.hide', blockId: LOCKED_BLOCK },
    ],
  };
  return { v: 1, id: newId(rng), ...rng.pick([...always, ...byStage[stage]]) };
}

/**
 * Whether a schema-valid command would be accepted from this sender in this stage, so that only
 * broken versions of it are sent. What is not listed is refused by the guard or by decide().
 */
function acceptedWhenValid(sender: Sender, stage: Stage, body: Body): boolean {
  switch (sender) {
    case 'presenter':
      return false;
    case 'guest':
      return body.type === 'join';
    case 'participant':
      return body.type === 'leave' || (stage === 'open' && body.type === 'answer');
    case 'facilitator':
      return true;
  }
}

/** Who sends: their kind of connection, their room's stage and the ids they have used. */
export interface SenderContext {
  sender: Sender;
  stage: Stage;
  /** Ids the server accepted from this sender, with the commands they stood for. */
  usedIds: ReadonlyMap<string, string>;
}

export interface CommandCase {
  kind: string;
  body: unknown;
}

/**
 * One command this sender may not get accepted in this stage. `usedIds` are ids the server has
 * accepted from this sender (with their bodies), for the same id with another body.
 */
export function hostileCommand(rng: Rng, from: SenderContext): CommandCase {
  const { sender, stage, usedIds } = from;
  const roll = rng.int(0, 99);
  if (roll < 6)
    return {
      kind: 'non-object',
      body: rng.pick([
        junkValue(rng, 0),
        [validShape(rng)],
        Buffer.from('{"v":1}'),
        null,
        42,
        'command',
      ]),
    };
  if (roll < 10 && usedIds.size > 0) {
    const [id, original] = rng.pick([...usedIds]);
    for (;;) {
      const body = { ...refusedOrBroken(rng, sender, stage), id };
      if (bodyWithoutId(body) !== original) return { kind: 'duplicate-id', body };
    }
  }
  if (roll < 35) return { kind: 'wrong-moment', body: refusedOrBroken(rng, sender, stage) };
  const base = validShape(rng);
  const kind = rng.pick(BREAKING_KINDS);
  let body = breakCommand(rng, base, kind);
  // A second or third change now and then: a client can be wrong in more ways than one. Never
  // one that could undo the first (taking away an added field) or push it over 16 KB.
  while (rng.chance(0.25)) body = breakCommand(rng, body, rng.pick(FOLLOW_UP_BREAKS));
  return { kind, body };
}

/** A schema-valid command refused in this stage, or, where none is sure to be, a broken one. */
function refusedOrBroken(rng: Rng, sender: Sender, stage: Stage): Body {
  if (sender === 'facilitator') return refusedFacilitatorCommand(rng, stage);
  if (sender === 'participant' && stage === 'open' && rng.chance(0.6)) {
    return { v: 1, id: newId(rng), ...unfitAnswer(rng) };
  }
  // Mostly what a phone may send, so it passes the guard and is judged by decide().
  const body = validShape(rng, sender !== 'presenter' && rng.chance(0.7));
  return acceptedWhenValid(sender, stage, body) ? breakCommand(rng, body) : body;
}

/** The fingerprint the test keeps of an accepted command: everything but its id. */
export function bodyWithoutId(body: Body): string {
  const rest = { ...body };
  delete rest.id;
  return canonicalJson(rest);
}

/** JSON with every object's keys in order, so two equal values always read the same. */
function canonicalJson(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}
