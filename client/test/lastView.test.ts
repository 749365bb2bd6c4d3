// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { ParticipantView } from '@samenspel/shared';
import { lastParticipantView } from '../src/net/lastView';
import { participantTokens } from '../src/net/storage';
import { CODE, viewWith } from './phoneFixtures';

const view = viewWith(null) as ParticipantView;

describe('the last view a phone saw, for a reload on dead Wi-Fi', () => {
  beforeEach(() => localStorage.clear());

  it('comes back as it was kept, for the same room only', () => {
    lastParticipantView.set(CODE, view);
    expect(lastParticipantView.get(CODE)).toEqual(view);
    expect(lastParticipantView.get('ABCDEF')).toBeNull();
  });

  it('reads a damaged or foreign entry as nothing', () => {
    lastParticipantView.set(CODE, view);
    const key = localStorage.key(0)!;
    localStorage.setItem(key, '{"role":"participant"');
    expect(lastParticipantView.get(CODE)).toBeNull();
    localStorage.setItem(key, JSON.stringify({ ...view, me: { id: 'p1', name: 'x', extra: 1 } }));
    expect(lastParticipantView.get(CODE)).toBeNull();
    localStorage.setItem(key, JSON.stringify({ ...view, room: { ...view.room, code: 'ABCDEF' } }));
    expect(lastParticipantView.get(CODE)).toBeNull();
  });

  it('goes with the token: a phone that left starts fresh', () => {
    participantTokens.set(CODE, 'token-1');
    lastParticipantView.set(CODE, view);
    participantTokens.forget(CODE);
    expect(lastParticipantView.get(CODE)).toBeNull();
    expect(localStorage.length).toBe(0);
  });
});
