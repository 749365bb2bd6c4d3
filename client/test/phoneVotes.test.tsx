// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { BlockContent } from '@samenspel/shared';
import type { SendCommand } from '../src/hooks/useRoomConnection';
import { useRoomStore } from '../src/state/roomStore';
import { blockOf, deferred, ok, renderPhone, viewWith, mineWith } from './phoneFixtures';
import type { CommandOutcome } from '../src/net/commandQueue';

const poll = (multiple = false): BlockContent => ({
  kind: 'poll',
  question: 'Wat doe je als eerste?',
  multiple,
  options: [
    { id: 'regels', label: 'De regels nakijken' },
    { id: 'plan', label: 'Een plan maken' },
    { id: 'buurt', label: 'Met de buurt praten' },
  ],
});

const option = (id: string) =>
  screen.getAllByTestId('poll-option').find((el) => el.dataset.optionId === id)!;
const control = (id: string) => option(id).querySelector('input')!;

beforeEach(() => {
  localStorage.clear();
  useRoomStore.getState().reset();
  useRoomStore.getState().setStatus('online');
});
afterEach(cleanup);

describe('a poll on the phone', () => {
  it('sends a single choice as soon as it is tapped, and says when it is received', async () => {
    const ack = deferred<CommandOutcome>();
    const send = vi.fn<SendCommand>(() => ack.promise);
    renderPhone(viewWith(blockOf(poll())), send);

    fireEvent.click(control('buurt'));

    expect(send).toHaveBeenCalledWith({
      type: 'answer',
      blockId: 'poll-1',
      answer: { kind: 'poll', optionIds: ['buurt'] },
    });
    expect(control('buurt').checked).toBe(true);
    expect(screen.getByTestId('answer-state').dataset.state).toBe('sending');

    await act(async () => ack.resolve({ ok: true, seq: 7 }));
    const state = screen.getByTestId('answer-state');
    expect(state.dataset.state).toBe('sent');
    expect(state.getAttribute('role')).toBe('status');
    expect(state.textContent).toContain('Je antwoord is ontvangen');
  });

  it('shows the own answer the server holds as chosen', () => {
    const view = viewWith(blockOf(poll()));
    view.mine = mineWith({ kind: 'poll', optionIds: ['plan'] });
    renderPhone(view, vi.fn<SendCommand>(ok));
    expect(control('plan').checked).toBe(true);
    expect(control('regels').checked).toBe(false);
    expect(screen.getByTestId('answer-state').textContent).toContain('Je antwoord is ontvangen');
  });

  it('collects several choices and sends them with the button, in the order of the question', async () => {
    const send = vi.fn<SendCommand>(ok);
    renderPhone(viewWith(blockOf(poll(true))), send);
    const submit = screen.getByTestId<HTMLButtonElement>('poll-submit');
    expect(submit.disabled).toBe(true);

    fireEvent.click(control('buurt'));
    fireEvent.click(control('regels'));
    expect(send).not.toHaveBeenCalled();
    expect(screen.getByTestId('answer-state').textContent).toContain('Nog niet verstuurd');

    await act(async () => fireEvent.click(submit));
    expect(send).toHaveBeenCalledWith({
      type: 'answer',
      blockId: 'poll-1',
      answer: { kind: 'poll', optionIds: ['regels', 'buurt'] },
    });
    expect(screen.getByTestId('answer-state').dataset.state).toBe('sent');
  });

  it('offers to send a change of several choices only once there is one', () => {
    const view = viewWith(blockOf(poll(true)));
    view.mine = mineWith({ kind: 'poll', optionIds: ['regels'] });
    renderPhone(view, vi.fn<SendCommand>(ok));
    expect(screen.queryByTestId('poll-submit')).toBeNull();

    fireEvent.click(control('buurt'));
    expect(screen.getByTestId('poll-submit').textContent).toBe('Wijziging versturen');
    fireEvent.click(control('buurt'));
    expect(screen.queryByTestId('poll-submit')).toBeNull();
  });

  it('is read-only once the facilitator closes the vote', () => {
    const view = viewWith(blockOf(poll()));
    view.mine = mineWith({ kind: 'poll', optionIds: ['plan'] }, { locked: true });
    const send = vi.fn<SendCommand>(ok);
    renderPhone(view, send);

    expect(screen.getByTestId('answers-locked').textContent).toContain(
      'De workshopleider heeft de stemming gesloten',
    );
    // Disabled through their fieldset: the whole question is closed at once.
    for (const id of ['regels', 'plan', 'buurt'])
      expect(control(id).matches(':disabled')).toBe(true);
    expect(control('plan').checked).toBe(true);
    fireEvent.click(control('regels'));
    expect(send).not.toHaveBeenCalled();
  });

  it('says an answer waits for the connection while offline, and keeps it for a reload', () => {
    useRoomStore.getState().setStatus('reconnecting');
    const send = vi.fn<SendCommand>(() => new Promise(() => undefined));
    renderPhone(viewWith(blockOf(poll())), send);

    fireEvent.click(control('regels'));

    const state = screen.getByTestId('answer-state');
    expect(state.dataset.state).toBe('pending');
    expect(state.textContent).toContain('Nog niet verstuurd');
    expect(localStorage.getItem('samenspel.outbox.K7W4PX.p1.poll-1')).toContain('regels');
  });

  it('sends again after a reload what never got an answer', () => {
    const first = vi.fn<SendCommand>(() =>
      Promise.resolve({ ok: false, error: { code: 'closed', message: 'page closed' } }),
    );
    const { unmount } = renderPhone(viewWith(blockOf(poll())), first);
    fireEvent.click(control('plan'));
    unmount();

    const second = vi.fn<SendCommand>(ok);
    renderPhone(viewWith(blockOf(poll())), second);
    expect(second).toHaveBeenCalledWith({
      type: 'answer',
      blockId: 'poll-1',
      answer: { kind: 'poll', optionIds: ['plan'] },
    });
  });

  it('after a reload on dead Wi-Fi, sends what waited once the phone is online, and once only', () => {
    const first = vi.fn<SendCommand>(() =>
      Promise.resolve({ ok: false, error: { code: 'closed', message: 'page closed' } }),
    );
    const { unmount } = renderPhone(viewWith(blockOf(poll())), first);
    fireEvent.click(control('plan'));
    unmount();

    // The page opens from the last view it saw, before any connection.
    act(() => useRoomStore.getState().setStatus('reconnecting'));
    const second = vi.fn<SendCommand>(ok);
    renderPhone(viewWith(blockOf(poll())), second);
    expect(second).not.toHaveBeenCalled();
    act(() => useRoomStore.getState().setStatus('online'));
    expect(second).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledWith({
      type: 'answer',
      blockId: 'poll-1',
      answer: { kind: 'poll', optionIds: ['plan'] },
    });
    act(() => useRoomStore.getState().setStatus('reconnecting'));
    act(() => useRoomStore.getState().setStatus('online'));
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('shows the answer the server holds again when a tap is refused for good', async () => {
    const view = viewWith(blockOf(poll()));
    view.mine = mineWith({ kind: 'poll', optionIds: ['plan'] });
    const refused = deferred<CommandOutcome>();
    renderPhone(
      view,
      vi.fn<SendCommand>(() => refused.promise),
    );

    fireEvent.click(control('buurt'));
    expect(control('buurt').checked).toBe(true);
    await act(async () =>
      refused.resolve({
        ok: false,
        error: { code: 'invalid_state', message: 'answers are closed for this block' },
      }),
    );

    expect(control('buurt').checked).toBe(false);
    expect(control('plan').checked).toBe(true);
    expect(screen.getByTestId('answer-state').dataset.state).toBe('failed');
    expect(screen.queryByTestId('answer-retry')).toBeNull();
  });

  it('keeps a newer tap shown when an earlier one is refused', async () => {
    const earlier = deferred<CommandOutcome>();
    const newer = deferred<CommandOutcome>();
    const send = vi
      .fn<SendCommand>()
      .mockReturnValueOnce(earlier.promise)
      .mockReturnValueOnce(newer.promise);
    renderPhone(viewWith(blockOf(poll())), send);

    fireEvent.click(control('buurt'));
    fireEvent.click(control('regels'));
    await act(async () =>
      earlier.resolve({
        ok: false,
        error: { code: 'invalid_payload', message: 'answer: not an option' },
      }),
    );

    expect(control('regels').checked).toBe(true);
    expect(control('buurt').checked).toBe(false);
  });

  it('offers to send again when the server did not answer', async () => {
    const send = vi
      .fn<SendCommand>()
      .mockResolvedValueOnce({ ok: false, error: { code: 'no_answer', message: 'silence' } })
      .mockResolvedValue({ ok: true, seq: 3 });
    renderPhone(viewWith(blockOf(poll())), send);

    await act(async () => fireEvent.click(control('buurt')));
    expect(screen.getByTestId('answer-state').dataset.state).toBe('failed');

    await act(async () => fireEvent.click(screen.getByTestId('answer-retry')));
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]?.[0]).toEqual(send.mock.calls[0]?.[0]);
    expect(screen.getByTestId('answer-state').dataset.state).toBe('sent');
  });
});

describe('a scale question on the phone', () => {
  const scale: BlockContent = {
    kind: 'scale',
    points: 5,
    statements: [
      { id: 'weet', text: 'Ik weet wat mijn bestuurder bezighoudt.' },
      { id: 'durf', text: 'Ik spreek mijn bestuurder tegen.' },
    ],
  };

  it('sends each tap as one item, labelled from disagree to agree', async () => {
    const send = vi.fn<SendCommand>(ok);
    renderPhone(viewWith(blockOf(scale)), send);
    const statement = screen
      .getAllByTestId('scale-statement')
      .find((el) => el.dataset.statementId === 'durf')!;
    const choices = within(statement).getAllByRole<HTMLInputElement>('radio');
    expect(choices.map((c) => c.labels?.[0]?.textContent)).toEqual([
      '1Helemaal oneens',
      '2Oneens',
      '3Neutraal',
      '4Eens',
      '5Helemaal eens',
    ]);

    await act(async () => fireEvent.click(choices[3]!));
    expect(send).toHaveBeenCalledWith({
      type: 'answer',
      blockId: 'scale-1',
      answer: { kind: 'scale', values: { durf: 4 } },
    });
    expect(choices[3]!.checked).toBe(true);
    expect(within(statement).getByText('Jouw keuze: Eens')).toBeTruthy();
  });

  it('says the answers are closed, not the vote, once the facilitator closes it', () => {
    const view = viewWith(blockOf(scale));
    view.mine = mineWith({ kind: 'scale', values: { weet: 2 } }, { locked: true });
    renderPhone(view, vi.fn<SendCommand>(ok));
    const note = screen.getByTestId('answers-locked').textContent;
    expect(note).toContain('De workshopleider heeft de antwoorden gesloten');
    expect(note).not.toContain('stemming');
  });
});
