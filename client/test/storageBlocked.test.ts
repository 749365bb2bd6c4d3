// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

/** A phone whose browser blocks storage (managed device, blocked cookies, full quota). */
describe('when the browser refuses storage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('still keeps the token and the unsent answer for the life of the tab', async () => {
    const refuse = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    vi.stubGlobal('localStorage', { getItem: refuse, setItem: refuse, removeItem: refuse });
    const { participantTokens } = await import('../src/net/storage');
    const { outbox } = await import('../src/screens/participant/blocks/storage');

    participantTokens.set('K7W4PX', 'p_1.token');
    expect(participantTokens.get('K7W4PX')).toBe('p_1.token');

    const target = { code: 'K7W4PX', participantId: 'p_1', blockId: 'stem' };
    outbox.put(target, { kind: 'poll', optionIds: ['a'] });
    expect(outbox.get(target)?.answer).toEqual({ kind: 'poll', optionIds: ['a'] });
    outbox.settle(target, 1);
    expect(outbox.get(target)).toBeNull();
  });

  it('still knows which workshops this phone is in, for the way back', async () => {
    const refuse = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    vi.stubGlobal('localStorage', {
      getItem: refuse,
      setItem: refuse,
      removeItem: refuse,
      key: refuse,
      get length() {
        return refuse();
      },
    });
    const { participantTokens } = await import('../src/net/storage');
    participantTokens.set('K7W4PX', 'p_1.token');
    participantTokens.set('ABC234', 'p_2.token');
    expect(participantTokens.codes().sort()).toEqual(['ABC234', 'K7W4PX']);
    participantTokens.forget('ABC234');
    expect(participantTokens.codes()).toEqual(['K7W4PX']);
  });
});

describe('the workshops a phone is in', () => {
  afterEach(() => localStorage.clear());

  it('are the codes it holds a token for, and nothing else it stores', async () => {
    const { participantTokens } = await import('../src/net/storage');
    localStorage.setItem('samenspel.draft.K7W4PX.p_1.b', 'tekst');
    participantTokens.set('K7W4PX', 'p_1.token');
    expect(participantTokens.codes()).toEqual(['K7W4PX']);
  });
});
