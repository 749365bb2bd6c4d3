import { render } from '@testing-library/react';
import type { Answer, BlockContent, BlockView, ParticipantView as View } from '@samenspel/shared';
import type { SendCommand } from '../src/hooks/useRoomConnection';
import type { CommandOutcome } from '../src/net/commandQueue';
import { ParticipantView } from '../src/screens/participant/ParticipantView';
import { SendContext } from '../src/screens/participant/blocks/sendContext';

/** Fixtures for the phone's activities: a running room with one block on screen. */

export const CODE = 'K7W4PX';
export const ME = 'p1';

export function blockOf(content: BlockContent, text: string | null = null): BlockView {
  return {
    index: 3,
    id: `${content.kind}-1`,
    title: `Een ${content.kind}-blok`,
    kind: content.kind,
    minutes: 5,
    text,
    perspective: null,
    content,
  };
}

/** What the server holds of this phone's own part in the block: its answer, and the rest as given. */
export function mineWith(
  answer: Answer | null,
  patch: Partial<NonNullable<View['mine']>> = {},
): NonNullable<View['mine']> {
  return {
    answer,
    locked: false,
    role: null,
    group: null,
    rolesDealt: false,
    groupsFormed: false,
    cases: null,
    intentions: null,
    visit: null,
    ...patch,
  };
}

export function viewWith(block: BlockView | null, patch: Partial<View> = {}): View {
  return {
    role: 'participant',
    room: {
      roomId: 'r1',
      code: CODE,
      title: 'Bestuurlijke sensitiviteit',
      language: 'nl',
      groupName: null,
      status: 'running',
      createdAt: 0,
      startedAt: 1,
      endedAt: null,
      joinsClosedAt: null,
    },
    me: { id: ME, name: 'Anna' },
    block,
    blockCount: 10,
    timer: null,
    mine: block
      ? {
          answer: null,
          locked: false,
          role: null,
          group: null,
          rolesDealt: false,
          groupsFormed: false,
          cases: null,
          intentions: null,
          visit: null,
        }
      : null,
    profile: null,
    summary: { profile: null, profiles: [], reflections: [], intentions: [], visits: [] },
    ...patch,
  };
}

export const ok = (): Promise<CommandOutcome> => Promise.resolve({ ok: true, seq: 1 });

/** The phone as ParticipantRoom shows it, with `send` in place of the room connection. */
export function renderPhone(view: View, send: SendCommand) {
  const tree = (v: View) => (
    <SendContext.Provider value={send}>
      <ParticipantView view={v} onLeave={() => undefined} />
    </SendContext.Provider>
  );
  const result = render(tree(view));
  return { ...result, update: (next: View) => result.rerender(tree(next)) };
}

/** A promise to resolve by hand, for acks that arrive when the test says so. */
export function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
