// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import type { PresenterView } from '@samenspel/shared';
import type { SendCommand } from '../src/hooks/useRoomConnection';
import { PresenterEnded } from '../src/screens/presenter/PresenterEnded';
import { useRoomStore } from '../src/state/roomStore';
import { ok, renderPhone, viewWith } from './phoneFixtures';

/** Every sentence on a screen, from the texts of its elements, so a repeat shows up. */
function sentencesOf(root: HTMLElement): string[] {
  const texts = [...root.querySelectorAll('*')]
    .filter((el) => el.children.length === 0)
    .map((el) => el.textContent ?? '');
  return texts
    .flatMap((text) => text.split(/(?<=[.!?])\s+/))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const ended: PresenterView = {
  role: 'presenter',
  room: {
    roomId: 'r1',
    code: 'K7W4PX',
    title: 'Bestuurlijke sensitiviteit',
    language: 'nl',
    groupName: null,
    status: 'ended',
    createdAt: 0,
    startedAt: 1,
    endedAt: 2,
    joinsClosedAt: null,
  },
  block: null,
  blockCount: 27,
  timer: null,
  headcount: { members: 12, connected: 10 },
  live: null,
};

beforeEach(() => useRoomStore.getState().reset());
afterEach(cleanup);

describe('the end of the day, on the projector and the phone', () => {
  it('tells the room the same thing: download your summary, then close the page', () => {
    const { container } = render(<PresenterEnded view={ended} />);
    const projector = container.textContent ?? '';
    cleanup();
    const phone = viewWith(null, {
      summary: {
        profile: null,
        profiles: [],
        reflections: [],
        intentions: ['Vaker doorvragen'],
        visits: [],
      },
    });
    phone.room = { ...phone.room, status: 'ended', endedAt: 2 };
    renderPhone(phone, vi.fn<SendCommand>(ok));
    const summary = screen.getByTestId('summary').textContent ?? '';
    for (const text of [projector, summary]) {
      expect(text).toMatch(/samenvatting/);
      expect(text).toMatch(/[Dd]ownload/);
      expect(text).toMatch(/pagina sluiten/);
    }
  });

  it('says no sentence twice on the closing screen', () => {
    const { container } = render(<PresenterEnded view={ended} />);
    const sentences = sentencesOf(container);
    expect(sentences.length).toBeGreaterThan(3);
    expect(new Set(sentences).size).toBe(sentences.length);
    // One thank-you is warm; two in a row read as a form letter.
    expect(sentences.filter((s) => /^Dank/.test(s))).toHaveLength(1);
  });
});
