import { describe, expect, it } from 'vitest';
import { variantTags } from '../src/variant-tags.js';
import {
  CommandRefused,
  CommandSchema,
  FACILITATOR_COMMAND_TYPES,
  HandshakeSchema,
  MAX_TIMER_EXTENSION_MS,
  PARTICIPANT_COMMAND_TYPES,
  parseAtBoundary,
  type Command,
} from '@samenspel/shared';

const ID = 'cmd_01HZX3Q9-abcdef'; // 18 characters from the allowed set

function refusal(input: unknown): { field: string | undefined; message: string } {
  const result = parseAtBoundary(CommandSchema, input);
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  expect(result.error.code).toBe('invalid_payload');
  return { field: result.error.field, message: result.error.message };
}

function accepted(input: unknown): Command {
  const result = parseAtBoundary(CommandSchema, input);
  if (!result.ok) throw new Error(`expected to parse, got ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('commands that parse', () => {
  it.each([
    { v: 1, id: ID, type: 'join', name: 'Annelies' },
    { v: 1, id: ID, type: 'join', name: null },
    { v: 1, id: ID, type: 'leave' },
    { v: 1, id: ID, type: 'session.start' },
    { v: 1, id: ID, type: 'block.next' },
    { v: 1, id: ID, type: 'block.previous' },
    { v: 1, id: ID, type: 'block.goto', blockId: 'casus-wethouder' },
    { v: 1, id: ID, type: 'timer.start' },
    { v: 1, id: ID, type: 'timer.pause' },
    { v: 1, id: ID, type: 'timer.resume' },
    { v: 1, id: ID, type: 'timer.extend', byMs: 120_000 },
    { v: 1, id: ID, type: 'timer.reset' },
    { v: 1, id: ID, type: 'session.end' },
  ])('$type', (input) => {
    expect(accepted(input)).toEqual(input);
  });

  it('trims a name', () => {
    expect(accepted({ v: 1, id: ID, type: 'join', name: '  Annelies Verbeek \t' })).toMatchObject({
      name: 'Annelies Verbeek',
    });
  });

  it('accepts the edges: a 40-character name, ±1 h, ids of 16 and 64 characters', () => {
    accepted({ v: 1, id: ID, type: 'join', name: 'x'.repeat(40) });
    accepted({ v: 1, id: ID, type: 'timer.extend', byMs: MAX_TIMER_EXTENSION_MS });
    accepted({ v: 1, id: ID, type: 'timer.extend', byMs: -MAX_TIMER_EXTENSION_MS });
    accepted({ v: 1, id: 'a'.repeat(16), type: 'leave' });
    accepted({ v: 1, id: 'Z'.repeat(64), type: 'leave' });
  });
});

describe('commands that are refused with invalid_payload and the offending field', () => {
  it.each([
    ['a name over 40 characters', { type: 'join', name: 'x'.repeat(41) }, 'name'],
    ['a blank name', { type: 'join', name: '   ' }, 'name'],
    ['a missing name', { type: 'join' }, 'name'],
    ['a bell character in a name', { type: 'join', name: 'Ann\u0007' + 'ie' }, 'name'],
    ['a line break inside a name', { type: 'join', name: 'Ann\nBram' }, 'name'],
    ['a DEL character in a name', { type: 'join', name: 'Ann\u007f' + 'ie' }, 'name'],
    ['byMs as a string', { type: 'timer.extend', byMs: '60000' }, 'byMs'],
    ['byMs not whole', { type: 'timer.extend', byMs: 1.5 }, 'byMs'],
    ['byMs of 0', { type: 'timer.extend', byMs: 0 }, 'byMs'],
    ['byMs over an hour', { type: 'timer.extend', byMs: MAX_TIMER_EXTENSION_MS + 1 }, 'byMs'],
    [
      'byMs under minus an hour',
      { type: 'timer.extend', byMs: -MAX_TIMER_EXTENSION_MS - 1 },
      'byMs',
    ],
    ['a block id with capitals', { type: 'block.goto', blockId: 'Welkom' }, 'blockId'],
    ['an unknown command type', { type: 'room.delete' }, 'type'],
  ])('%s', (_what, command, field) => {
    expect(refusal({ v: 1, id: ID, ...command }).field).toBe(field);
  });

  it.each([
    ['too short', 'a'.repeat(15)],
    ['too long', 'a'.repeat(65)],
    ['with a space', 'abcdefgh ijklmnop'],
    ['with a slash', 'abcdefgh/ijklmnop'],
    ['with an accented letter', 'abcdéfghijklmnopq'],
  ])('a command id %s is refused on field id', (_what, id) => {
    expect(refusal({ v: 1, id, type: 'leave' }).field).toBe('id');
  });

  it('refuses an unsupported protocol version on field v', () => {
    expect(refusal({ v: 2, id: ID, type: 'leave' }).field).toBe('v');
  });

  it('says what is wrong in words a person can read', () => {
    expect(refusal({ v: 1, id: ID, type: 'join', name: 'x'.repeat(41) }).message).toBe(
      'name: a name has at most 40 characters',
    );
  });

  it('refuses an unknown key (strict objects), naming it in the message', () => {
    const { message } = refusal({ v: 1, id: ID, type: 'leave', sneaky: true });
    expect(message).toContain('sneaky');
  });

  it('names an unknown key as the offending field', () => {
    expect(refusal({ v: 1, id: ID, type: 'leave', sneaky: true }).field).toBe('sneaky');
  });

  it('refuses a C1 control character (U+0085 NEXT LINE) in a name', () => {
    expect(refusal({ v: 1, id: ID, type: 'join', name: 'Ann\u0085Bram' }).field).toBe('name');
  });

  it.each([null, 'join', 42, [], {}])('refuses %j without throwing', (input) => {
    expect(refusal(input).message.length).toBeGreaterThan(0);
  });
});

describe('who may send what', () => {
  it('splits every command type between participant and facilitator, never both', () => {
    const all = variantTags(CommandSchema.def.options, 'type');
    expect([...PARTICIPANT_COMMAND_TYPES].sort()).toEqual(['answer', 'join', 'leave']);
    expect([...FACILITATOR_COMMAND_TYPES]).toHaveLength(all.length - 3);
    for (const type of all) {
      expect(PARTICIPANT_COMMAND_TYPES.has(type) !== FACILITATOR_COMMAND_TYPES.has(type)).toBe(
        true,
      );
    }
  });
});

describe('refusals from the authority', () => {
  it('carry their code, message and field, and no field key when there is none', () => {
    expect(
      new CommandRefused('unknown_block', 'no such block', 'blockId').toProtocolError(),
    ).toEqual({ code: 'unknown_block', message: 'no such block', field: 'blockId' });
    const plain = new CommandRefused('room_ended', 'this session has ended').toProtocolError();
    expect(plain).toEqual({ code: 'room_ended', message: 'this session has ended' });
    expect('field' in plain).toBe(false);
  });
});

describe('HandshakeSchema', () => {
  it.each([
    { v: 1, role: 'participant', code: 'K7W-4PX' },
    { v: 1, role: 'participant', code: 'K7W4PX', token: 'tok_abc' },
    { v: 1, role: 'facilitator', roomId: 'room-0001', key: 'fac-key' },
    { v: 1, role: 'presenter', roomId: 'room-0001', key: 'pres-key' },
  ])('accepts a $role', (input) => {
    expect(parseAtBoundary(HandshakeSchema, input)).toEqual({ ok: true, value: input });
  });

  it('refuses an unknown role on field role', () => {
    const result = parseAtBoundary(HandshakeSchema, { v: 1, role: 'admin', roomId: 'r', key: 'k' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_payload', field: 'role' } });
  });

  it('refuses a presenter without a key and an overlong join code', () => {
    expect(
      parseAtBoundary(HandshakeSchema, { v: 1, role: 'presenter', roomId: 'r' }),
    ).toMatchObject({ ok: false, error: { field: 'key' } });
    const longCode = { v: 1, role: 'participant', code: 'K'.repeat(21) };
    expect(parseAtBoundary(HandshakeSchema, longCode)).toMatchObject({
      ok: false,
      error: { field: 'code' },
    });
  });
});
