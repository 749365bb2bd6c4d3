// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import type { BlockContent } from '@samenspel/shared';
import type { SendCommand } from '../src/hooks/useRoomConnection';
import type { CommandOutcome } from '../src/net/commandQueue';
import { useRoomStore } from '../src/state/roomStore';
import { blockOf, deferred, ok, renderPhone, viewWith, mineWith } from './phoneFixtures';

const reflection: BlockContent = {
  kind: 'reflection',
  prompt: 'Wat viel je op aan je profiel?',
  anonymous: true,
  maxLength: 280,
};
const DRAFT_KEY = 'samenspel.draft.K7W4PX.p1.reflection-1';

const input = () => screen.getByTestId<HTMLTextAreaElement>('reflection-input');
const type = (text: string) => fireEvent.change(input(), { target: { value: text } });

beforeEach(() => {
  localStorage.clear();
  useRoomStore.getState().reset();
  useRoomStore.getState().setStatus('online');
});
afterEach(cleanup);

describe('a reflection on the phone', () => {
  it('asks with the prompt as label, counts characters and says it is anonymous', () => {
    renderPhone(viewWith(blockOf(reflection)), vi.fn<SendCommand>(ok));
    expect(screen.getByLabelText('Wat viel je op aan je profiel?')).toBe(input());
    expect(screen.getByTestId('reflection-anonymous-note').textContent).toBe(
      'Anoniem: niemand ziet wie dit schreef, ook de workshopleider niet',
    );
    type('Meer verbinder dan ik dacht.');
    expect(screen.getByTestId('reflection-count').textContent).toBe('28 / 280 tekens');
    expect(input().maxLength).toBe(280);
  });

  it('keeps a draft through a reload and drops it once the server has the same text', async () => {
    const first = renderPhone(viewWith(blockOf(reflection)), vi.fn<SendCommand>(ok));
    type('Ik ben voorzichtiger dan ik dacht. ');
    expect(screen.getByTestId('answer-state').dataset.state).toBe('draft');
    first.unmount();

    const ack = deferred<CommandOutcome>();
    const send = vi.fn<SendCommand>(() => ack.promise);
    renderPhone(viewWith(blockOf(reflection)), send);
    expect(input().value).toBe('Ik ben voorzichtiger dan ik dacht. ');

    fireEvent.click(screen.getByTestId('reflection-submit'));
    expect(send).toHaveBeenCalledWith({
      type: 'answer',
      blockId: 'reflection-1',
      answer: { kind: 'reflection', text: 'Ik ben voorzichtiger dan ik dacht.' },
    });
    expect(localStorage.getItem(DRAFT_KEY)).not.toBeNull();

    await act(async () => ack.resolve({ ok: true, seq: 4 }));
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
    expect(screen.getByTestId('answer-state').textContent).toContain('Je reflectie is ontvangen');
  });

  it('keeps the draft when the text changed while the first version was on its way', async () => {
    const ack = deferred<CommandOutcome>();
    renderPhone(
      viewWith(blockOf(reflection)),
      vi.fn<SendCommand>(() => ack.promise),
    );
    type('Eerste versie');
    fireEvent.click(screen.getByTestId('reflection-submit'));
    type('Eerste versie, beter');
    await act(async () => ack.resolve({ ok: true, seq: 4 }));
    expect(localStorage.getItem(DRAFT_KEY)).toBe('Eerste versie, beter');
    expect(input().value).toBe('Eerste versie, beter');
  });

  it('can be sent again until it is closed, then only read', () => {
    const view = viewWith(blockOf(reflection));
    view.mine = mineWith({ kind: 'reflection', text: 'Mijn tekst' });
    const { update } = renderPhone(view, vi.fn<SendCommand>(ok));
    expect(input().value).toBe('Mijn tekst');
    // Nothing changed, nothing to send: the button waits for a change.
    expect(screen.queryByTestId('reflection-submit')).toBeNull();
    type('Mijn tekst, aangevuld');
    expect(screen.getByTestId('reflection-submit').textContent).toBe('Wijziging versturen');
    type('Mijn tekst ');
    expect(screen.queryByTestId('reflection-submit')).toBeNull();

    update({ ...view, mine: { ...view.mine, locked: true } });
    expect(input().readOnly).toBe(true);
    expect(screen.queryByTestId('reflection-submit')).toBeNull();
    expect(screen.getByTestId('answers-locked')).toBeTruthy();
  });
});

describe('intentions on the phone', () => {
  const intentions: BlockContent = { kind: 'intentions', prompt: 'Wat ga je anders doen?', max: 2 };

  it('adds up to the maximum, sends the filled ones and shows them as saved', async () => {
    const send = vi.fn<SendCommand>(ok);
    const view = viewWith(blockOf(intentions));
    const { update } = renderPhone(view, send);

    fireEvent.change(screen.getByTestId('intention-input'), {
      target: { value: 'Donderdag bel ik de wethouder' },
    });
    fireEvent.click(screen.getByTestId('intention-add'));
    expect(screen.queryByTestId('intention-add')).toBeNull();
    const inputs = screen.getAllByTestId('intention-input');
    expect(inputs).toHaveLength(2);
    expect(screen.getByLabelText('Voornemen 2')).toBe(inputs[1]);
    fireEvent.change(inputs[1]!, { target: { value: '  ' } });

    await act(async () => fireEvent.click(screen.getByTestId('intentions-submit')));
    expect(send).toHaveBeenCalledWith({
      type: 'answer',
      blockId: 'intentions-1',
      answer: { kind: 'intentions', items: ['Donderdag bel ik de wethouder'] },
    });
    expect(localStorage.getItem('samenspel.draft.K7W4PX.p1.intentions-1')).toBeNull();

    update({
      ...view,
      mine: {
        answer: { kind: 'intentions', items: ['Donderdag bel ik de wethouder'] },
        locked: false,
        role: null,
        group: null,
        rolesDealt: false,
        groupsFormed: false,
        cases: null,
        intentions: null,
        visit: null,
      },
    });
    expect(screen.getAllByTestId('intention-saved').map((li) => li.textContent)).toEqual([
      'Donderdag bel ik de wethouder',
    ]);
    expect(screen.getByTestId('answer-state').textContent).toContain(
      'Je voornemens zijn opgeslagen',
    );
  });
});
