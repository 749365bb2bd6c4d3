// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { BlockContent, ParticipantView as View } from '@samenspel/shared';
import type { SendCommand } from '../src/hooks/useRoomConnection';
import { useRoomStore } from '../src/state/roomStore';
import { blockOf, ok, renderPhone, viewWith, mineWith } from './phoneFixtures';

const statements: BlockContent = {
  kind: 'statements',
  points: 5,
  items: [
    { id: 'd1', text: 'Heldere kaders geven mij ruimte.' },
    { id: 'd2', text: 'Ik neem liever een verantwoord risico.' },
    { id: 'd3', text: 'Ik krijg energie van gesprekken met inwoners.' },
  ],
};

const profile: NonNullable<View['profile']> = {
  blockId: 'statements-1',
  strength: { bureaucraat: 0.25, ondernemer: 0.5, verbinder: 1 },
  share: { bureaucraat: 0.1429, ondernemer: 0.2857, verbinder: 0.5714 },
  answered: 3,
  total: 3,
};

beforeEach(() => {
  localStorage.clear();
  useRoomStore.getState().reset();
  useRoomStore.getState().setStatus('online');
});
afterEach(cleanup);

describe('the stellingenlijst on the phone', () => {
  it('counts the answered statements and shows the profile after the last one', async () => {
    const send = vi.fn<SendCommand>(ok);
    const view = viewWith(blockOf(statements));
    view.mine = mineWith({ kind: 'statements', values: { d1: 2, d2: 3 } });
    const { update } = renderPhone(view, send);
    expect(screen.getByTestId('statements-progress').textContent).toBe('2 van 3 beantwoord');
    expect(screen.queryByTestId('profile')).toBeNull();

    const last = screen
      .getAllByTestId('scale-statement')
      .find((el) => el.dataset.statementId === 'd3')!;
    await act(async () => fireEvent.click(within(last).getAllByRole('radio')[4]!));
    expect(send).toHaveBeenCalledWith({
      type: 'answer',
      blockId: 'statements-1',
      answer: { kind: 'statements', values: { d3: 5 } },
    });
    expect(screen.getByTestId('statements-progress').textContent).toBe('3 van 3 beantwoord');

    // The server scores the list (the statements' types stay there) and sends the profile.
    update({
      ...view,
      mine: { ...view.mine!, answer: { kind: 'statements', values: { d1: 2, d2: 3, d3: 5 } } },
      profile,
    });
    const shown = screen.getByTestId('profile');
    expect(within(shown).getByRole('heading', { level: 2 }).textContent).toBe('Jouw profiel');
    expect(within(shown).getByTestId('ternary-you-marker')).toBeTruthy();
    expect(within(shown).getByTestId('profile-leaning').textContent).toBe(
      'Je voorkeur ligt het meest bij de Verbinder.',
    );
    const types = within(shown).getAllByTestId('profile-type');
    expect(types.map((el) => el.dataset.type)).toEqual(['bureaucraat', 'ondernemer', 'verbinder']);
    expect(within(types[2]!).getByRole('heading').textContent).toBe('Verbinder');
    expect(types[2]!.textContent).toContain('Relaties, netwerk en maatschappelijke waarde');
    expect(within(types[2]!).getByTestId('profile-strength').textContent).toBe('100%');
    expect(screen.getByTestId('statements-done').textContent).toContain(
      'Alle stellingen beantwoord',
    );
  });

  it('keeps the profile within reach in later blocks', () => {
    const info = blockOf({ kind: 'info' }, 'Even bijpraten.');
    renderPhone(viewWith(info, { profile }), vi.fn<SendCommand>(ok));
    const disclosure = screen.getByTestId('my-profile');
    expect(disclosure.querySelector('summary')?.textContent).toBe('Mijn profiel');
    expect(within(disclosure).getByTestId('profile')).toBeTruthy();
  });
});

describe('roles and groups on the phone', () => {
  const roles: BlockContent = {
    kind: 'roles',
    cards: [
      { id: 'wethouder', name: 'Wethouder', public: 'Wil snel een besluit.' },
      { id: 'adviseur', name: 'Beleidsadviseur', public: 'Schrijft het advies.' },
    ],
  };

  it('waits for the cards, then shows the own card with its private brief marked', () => {
    const view = viewWith(blockOf(roles));
    const { update } = renderPhone(view, vi.fn<SendCommand>(ok));
    expect(screen.getByTestId('roles-waiting').textContent).toContain(
      'De workshopleider deelt zo de rollen uit',
    );
    expect(screen.getAllByTestId('role-public')).toHaveLength(2);

    update({
      ...view,
      mine: {
        answer: null,
        locked: false,
        group: null,
        rolesDealt: true,
        groupsFormed: false,
        cases: null,
        intentions: null,
        visit: null,
        role: {
          id: 'adviseur',
          name: 'Beleidsadviseur',
          public: 'Schrijft het advies.',
          brief: 'Twee weken is te kort.',
        },
      },
    });
    const card = screen.getByTestId('role-card');
    expect(card.dataset.cardId).toBe('adviseur');
    const brief = screen.getByTestId('role-brief');
    expect(within(brief).getByRole('heading').textContent).toBe('Alleen voor jou');
    expect(brief.textContent).toContain('Twee weken is te kort.');
  });

  it('names the group and its members, anonymous ones too, and marks the phone’s own', () => {
    const view = viewWith(blockOf({ kind: 'groups', size: 2, prompt: 'Vertel elkaar iets.' }));
    view.mine = mineWith(null, {
      group: {
        number: 3,
        members: [
          { name: 'Anna', me: false },
          { name: null, me: false },
          { name: 'Joost', me: true },
        ],
      },
      groupsFormed: true,
    });
    renderPhone(view, vi.fn<SendCommand>(ok));
    expect(screen.getByTestId('group').dataset.groupNumber).toBe('3');
    expect(screen.getByRole('heading', { name: 'Je zit in groep 3' })).toBeTruthy();
    // Themselves first, marked "jij"; the partners by name or as anonymous.
    expect(screen.getAllByTestId('group-member').map((li) => li.textContent)).toEqual([
      'Joost jij',
      'Anna',
      'Anonieme deelnemer',
    ]);
    expect(screen.getAllByTestId('group-member').map((li) => li.dataset.me)).toEqual([
      'true',
      'false',
      'false',
    ]);
  });
});

describe('the summary at the end', () => {
  it('lists the own reflections and intentions, with the profile', () => {
    const view = viewWith(null, {
      summary: {
        profile,
        profiles: [profile],
        reflections: [
          { blockId: 'indruk', prompt: 'Wat viel je op?', text: 'Ik ben een verbinder.' },
        ],
        intentions: ['Donderdag bel ik de wethouder', 'Ik vraag door bij twijfel'],
        visits: [],
      },
    });
    view.room = { ...view.room, status: 'ended', endedAt: 2 };
    renderPhone(view, vi.fn<SendCommand>(ok));

    const summary = screen.getByTestId('summary');
    expect(within(summary).getByTestId('participant-ended').textContent).toBe(
      'Dank je wel voor je inzet!',
    );
    const reflection = within(summary).getByTestId('summary-reflection');
    expect(reflection.textContent).toContain('Wat viel je op?');
    expect(reflection.textContent).toContain('Ik ben een verbinder.');
    expect(
      within(summary)
        .getAllByTestId('summary-intention')
        .map((li) => li.textContent),
    ).toEqual(['Donderdag bel ik de wethouder', 'Ik vraag door bij twijfel']);
    expect(within(summary).getByTestId('profile')).toBeTruthy();
    expect(screen.queryByTestId('leave')).toBeNull();
  });
});

describe('a closed stellingenlijst', () => {
  it('shows the profile of what was answered, and says on how many statements it rests', () => {
    const view = viewWith(blockOf(statements), {
      profile: { ...profile, answered: 2 },
    });
    view.mine = mineWith({ kind: 'statements', values: { d1: 2, d2: 3 } }, { locked: true });
    renderPhone(view, vi.fn<SendCommand>(ok));
    expect(screen.getByTestId('answers-locked')).toBeTruthy();
    expect(screen.getByTestId('profile').textContent).toContain(
      'Gebaseerd op 2 van de 3 stellingen.',
    );
  });
});
