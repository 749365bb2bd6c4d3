// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import {
  BLOCK_KINDS,
  checkScenario,
  type BlockInput,
  type ScenarioInput,
  type ScenarioProblem,
} from '@samenspel/shared';
import { useLanguage } from '../../src/i18n/language';
import { BlockForm } from '../../src/screens/studio/forms/BlockForm';
import { ProgrammeForm } from '../../src/screens/studio/forms/ProgrammeForm';
import { newBlock } from '../../src/screens/studio/model/blockTemplates';
import { createEditorStore, type EditorState } from '../../src/screens/studio/model/editorStore';
import { fieldIdForPath, focusTargetForPath } from '../../src/screens/studio/model/fieldIds';
import { sampleDraft } from './studioFixtures';

type Store = StoreApi<EditorState>;

function problemsOf(draft: ScenarioInput): ScenarioProblem[] {
  const check = checkScenario(draft);
  return check.ok ? [] : check.problems;
}

/** The block form as the studio shows it: fed from a real editor store and the real checker. */
function BlockHarness({ store, index }: { store: Store; index: number }) {
  const draft = useStore(store, (state) => state.history.draft);
  const problems = useMemo(
    () => problemsOf(draft).filter((p) => p.path[0] === 'blocks' && p.path[1] === index),
    [draft, index],
  );
  const block = draft.blocks[index] as BlockInput;
  return (
    <BlockForm
      draft={draft}
      block={block}
      blockIndex={index}
      problems={problems}
      apply={store.getState().apply}
      endTyping={store.getState().endTyping}
    />
  );
}

function ProgrammeHarness({ store }: { store: Store }) {
  const draft = useStore(store, (state) => state.history.draft);
  const problems = useMemo(() => problemsOf(draft).filter((p) => p.path[0] !== 'blocks'), [draft]);
  return (
    <ProgrammeForm
      draft={draft}
      problems={problems}
      apply={store.getState().apply}
      endTyping={store.getState().endTyping}
    />
  );
}

/** A valid programme with the given blocks; the total is what they add up to. */
function programme(blocks: BlockInput[], extra: Partial<ScenarioInput> = {}): ScenarioInput {
  return {
    id: 'proef',
    title: 'Proefprogramma',
    minutes: blocks.reduce((sum, block) => sum + (block.minutes as number), 0),
    blocks,
    ...extra,
  };
}

function renderBlock(draft: ScenarioInput, index: number) {
  const store = createEditorStore(draft);
  render(<BlockHarness store={store} index={index} />);
  const block = () => store.getState().history.draft.blocks[index] as Record<string, unknown>;
  return { store, block };
}

const CAST = [
  {
    id: 'wethouder',
    name: 'De wethouder',
    public: 'Wil scoren.',
    brief: 'Je wilt het voor de zomer.',
  },
  {
    id: 'adviseur',
    name: 'De adviseur',
    public: 'Kent de regels.',
    brief: 'Je twijfelt aan de planning.',
  },
];

beforeEach(() => {
  useLanguage.getState().setLanguage('nl');
});
afterEach(cleanup);

describe('BlockForm for a poll', () => {
  it('typing in an option label changes the draft, at the input the problem list focuses', () => {
    const { block } = renderBlock(sampleDraft(), 1);
    const label = screen.getByLabelText('Tekst van optie 1');
    expect(label.id).toBe(fieldIdForPath(['blocks', 1, 'options', 0, 'label']));
    fireEvent.change(label, { target: { value: 'Helemaal eens' } });
    const options = block().options as { label: string }[];
    expect(options[0]?.label).toBe('Helemaal eens');
    expect(screen.getByLabelText('Tekst van optie 1')).toHaveProperty('value', 'Helemaal eens');
  });

  it('adds an option that passes the checker and puts the cursor in it', () => {
    const { store, block } = renderBlock(sampleDraft(), 1);
    fireEvent.click(screen.getByRole('button', { name: 'Optie toevoegen' }));
    expect(block().options).toHaveLength(3);
    expect(screen.getAllByTestId('poll-options-item')).toHaveLength(3);
    const third = screen.getByLabelText('Tekst van optie 3');
    expect(document.activeElement).toBe(third);
    expect(checkScenario(store.getState().history.draft).ok).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('Optie 3 is toegevoegd.');
  });

  it('moves an option down with its button, focus following it, and keeps two as the least', () => {
    const { block } = renderBlock(sampleDraft(), 1);
    fireEvent.click(screen.getByRole('button', { name: 'Optie 1 omlaag' }));
    expect((block().options as { label: string }[]).map((o) => o.label)).toEqual([
      'Oneens',
      'Eens',
    ]);
    // The moved option is now last: its down button is off, so focus lands on its up button.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Optie 2 omhoog' }));
    expect(screen.getByRole('status').textContent).toBe('Optie 1 staat nu op plaats 2.');
    expect(screen.getByRole('button', { name: 'Optie 1 verwijderen' })).toHaveProperty(
      'disabled',
      true,
    );
  });

  it('shows a problem from checkScenario under its input, described by it and marked invalid', () => {
    renderBlock(sampleDraft(), 1);
    fireEvent.change(screen.getByLabelText('Vraag'), { target: { value: '' } });
    const question = screen.getByLabelText('Vraag');
    const problem = problemsOf({
      ...sampleDraft(),
      blocks: sampleDraft().blocks.map((b, i) => (i === 1 ? { ...b, question: '' } : b)),
    }).find((p) => p.path.join('.') === 'blocks.1.question');
    expect(problem).toBeDefined();
    expect(question.id).toBe(fieldIdForPath(problem!.path));
    expect(question.getAttribute('aria-invalid')).toBe('true');
    const described = document.getElementById(question.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toContain(problem!.message);
    // Right under the input, not only in a list somewhere.
    expect(question.parentElement?.contains(described)).toBe(true);
  });

  it('marks the second of two options with the same id at its id field', () => {
    renderBlock(sampleDraft(), 1);
    const option2 = within(screen.getAllByTestId('poll-options-item')[1]!);
    fireEvent.change(option2.getByLabelText('Id'), { target: { value: 'peiling-optie-1' } });
    const id = option2.getByLabelText('Id');
    expect(id.id).toBe(fieldIdForPath(['blocks', 1, 'options', 1, 'id']));
    expect(id.getAttribute('aria-invalid')).toBe('true');
    expect(option2.getByTestId('field-problem').textContent).toContain('used twice');
  });

  it('shows a problem about the whole list at the list', () => {
    const draft = sampleDraft();
    const poll = draft.blocks[1] as Extract<BlockInput, { kind: 'poll' }>;
    draft.blocks[1] = { ...poll, options: poll.options.slice(0, 1) };
    renderBlock(draft, 1);
    const list = screen.getByTestId('poll-options');
    expect(list.id).toBe(fieldIdForPath(['blocks', 1, 'options']));
    expect(list.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(`${list.id}-problem`)?.textContent).toContain('at least 2');
  });

  it('lists a problem no field shows at the top: an unknown key from a file', () => {
    const draft = sampleDraft();
    draft.blocks[1] = { ...draft.blocks[1], colour: 'rood' } as unknown as BlockInput;
    renderBlock(draft, 1);
    const general = screen.getByTestId('block-general-problems');
    expect(general.textContent).toContain('unknown key "colour"');
    // With no field of its own, following it lands on the block's form, where the list is.
    expect(focusTargetForPath(['blocks', 1, 'colour'], (id) => !!document.getElementById(id))).toBe(
      screen.getByTestId('block-form').id,
    );
  });
});

describe('BlockForm for a question asked again', () => {
  it('repeating an earlier vote brings its options and way of choosing along', () => {
    const first = { ...newBlock('poll', 'voor'), multiple: true } as BlockInput;
    const again = newBlock('poll', 'na');
    const { store, block } = renderBlock(programme([first, again]), 1);
    fireEvent.change(screen.getByLabelText('Herhaalt een eerdere vraag'), {
      target: { value: 'voor' },
    });
    expect(block().repeats).toBe('voor');
    expect((block().options as { id: string }[]).map((o) => o.id)).toEqual([
      'voor-optie-1',
      'voor-optie-2',
    ]);
    expect(block().multiple).toBe(true);
    expect(checkScenario(store.getState().history.draft).ok).toBe(true);
    fireEvent.change(screen.getByLabelText('Herhaalt een eerdere vraag'), {
      target: { value: '' },
    });
    expect('repeats' in block()).toBe(false);
  });

  it('repeating an earlier scale brings its statements along', () => {
    const { store, block } = renderBlock(
      programme([newBlock('scale', 'voor'), newBlock('scale', 'na')]),
      1,
    );
    fireEvent.change(screen.getByLabelText('Herhaalt een eerdere vraag'), {
      target: { value: 'voor' },
    });
    expect((block().statements as { id: string }[])[0]?.id).toBe('voor-stelling-1');
    expect(checkScenario(store.getState().history.draft).ok).toBe(true);
  });
});

describe('BlockForm fields every block has', () => {
  it('removes an optional text when emptied, and the checker still accepts the programme', () => {
    const { store, block } = renderBlock(sampleDraft(), 0);
    const notes = screen.getByLabelText('Notities voor de workshopleider');
    fireEvent.change(notes, { target: { value: 'Let op de tijd.' } });
    expect(block().notes).toBe('Let op de tijd.');
    fireEvent.change(notes, { target: { value: '' } });
    expect('notes' in block()).toBe(false);
    expect(checkScenario(store.getState().history.draft).ok).toBe(true);
  });

  it('keeps minutes that are no number as typed, and the checker names them there', () => {
    const { block } = renderBlock(sampleDraft(), 0);
    fireEvent.change(screen.getByLabelText('Geplande minuten'), { target: { value: '1o' } });
    const minutes = screen.getByLabelText('Geplande minuten');
    expect(minutes).toHaveProperty('value', '1o');
    expect(block().minutes).toBe('1o');
    expect(minutes.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(minutes, { target: { value: '12' } });
    expect(block().minutes).toBe(12);
  });

  it('renders every kind with a label on every input and ids the problem list can focus', () => {
    for (const kind of BLOCK_KINDS) {
      const draft = programme([newBlock(kind, `blok-${kind}`)], {
        case: { title: 'Dossier', text: 'De tekst.', cast: CAST },
      });
      const { unmount } = render(<BlockHarness store={createEditorStore(draft)} index={0} />);
      const form = screen.getByTestId('block-form');
      expect(form.getAttribute('data-kind')).toBe(kind);
      expect(screen.getByLabelText('Titel').id).toBe(fieldIdForPath(['blocks', 0, 'title']));
      for (const input of form.querySelectorAll('input:not([type=radio]), select, textarea')) {
        expect(input.id, `${kind}: ${input.outerHTML}`).toMatch(/^studio-field-blocks-0-/);
        expect(
          form.querySelector(`label[for="${input.id}"]`),
          `${kind}: ${input.id}`,
        ).not.toBeNull();
      }
      unmount();
    }
  });

  it('opens a broken block from a file without crashing and shows what is wrong', () => {
    const poll = {
      id: 'stem',
      kind: 'poll',
      title: 'Stem',
      minutes: 5,
      question: 'Ja?',
      options: 'ja, nee',
    };
    const list = {
      id: 'lijst',
      kind: 'statements',
      title: 'Lijst',
      minutes: 5,
      items: [null, { id: 'a', text: 'Regels', type: 'bureaucraat' }],
    };
    const draft = programme([poll, list] as unknown as BlockInput[]);
    renderBlock(draft, 0);
    expect(screen.getByTestId('poll-options').getAttribute('aria-invalid')).toBe('true');
    cleanup();
    renderBlock(draft, 1);
    expect(screen.getByTestId('statements-count').textContent).toContain('Bureaucraat 1');
    expect(screen.getByText(/geen geldig item/)).toBeTruthy();
  });
});

describe('BlockForm for a stellingenlijst', () => {
  it('counts the statements per ideal type, live', () => {
    const { block } = renderBlock(programme([newBlock('statements', 'lijst')]), 0);
    const count = screen.getByTestId('statements-count');
    expect(count.textContent).toBe('3 stellingen: Bureaucraat 1 · Ondernemer 1 · Verbinder 1');
    const types = screen.getAllByLabelText('Welk ideaaltype meet deze stelling?');
    fireEvent.change(types[0]!, { target: { value: 'verbinder' } });
    expect((block().items as { type: string }[])[0]?.type).toBe('verbinder');
    expect(count.textContent).toBe('3 stellingen: Bureaucraat 0 · Ondernemer 1 · Verbinder 2');
    fireEvent.click(screen.getByRole('button', { name: 'Stelling toevoegen' }));
    expect(count.textContent).toBe('4 stellingen: Bureaucraat 0 · Ondernemer 1 · Verbinder 3');
    fireEvent.click(screen.getByRole('button', { name: 'Stelling 2 verwijderen' }));
    expect(count.textContent).toBe('3 stellingen: Bureaucraat 0 · Ondernemer 0 · Verbinder 3');
    expect(count.getAttribute('aria-live')).toBe('polite');
  });
});

describe('BlockForm for a casus', () => {
  it('plays the programme case by default and says where a missing dossier is fixed', () => {
    const casus = { ...newBlock('casus', 'ronde-1') } as Record<string, unknown>;
    delete casus.case;
    const { block } = renderBlock(programme([casus as BlockInput]), 0);
    expect(screen.getByTestId('casus-source-programme')).toHaveProperty('checked', true);
    const choice = document.getElementById(fieldIdForPath(['blocks', 0, 'caseSource']))!;
    expect(choice.getAttribute('aria-invalid')).toBe('true');
    expect(within(choice).getByTestId('field-problem').textContent).toContain('has none');
    // Following the problem from the list lands on the checked choice, which is described by it.
    const anchor = document.getElementById(fieldIdForPath(['blocks', 0, 'case']));
    expect(anchor).toBe(screen.getByTestId('casus-source-programme'));
    expect(anchor?.getAttribute('aria-describedby')).toBe(`${choice.id}-problem`);
    // Choosing a text of its own fixes it, and the text field appears.
    fireEvent.click(screen.getByTestId('casus-source-own'));
    expect(typeof block().case).toBe('string');
    expect(screen.getByLabelText('De casus')).toBeTruthy();
    expect(choice.getAttribute('aria-invalid')).toBeNull();
  });

  it('returns to an earlier round with sameCaseAs', () => {
    const first = newBlock('casus', 'ronde-1');
    const second = { ...newBlock('casus', 'ronde-2') } as Record<string, unknown>;
    delete second.case;
    const { store, block } = renderBlock(
      programme([first, second as BlockInput], { case: { title: 'Dossier', text: 'Tekst.' } }),
      1,
    );
    expect(screen.getByTestId('casus-plays-programme-case').textContent).toContain('“Dossier”');
    fireEvent.click(screen.getByTestId('casus-source-same'));
    expect(block().sameCaseAs).toBe('ronde-1');
    expect(checkScenario(store.getState().history.draft).ok).toBe(true);
  });
});

describe('BlockForm for a role play', () => {
  function rounds(): ScenarioInput {
    const first = { ...newBlock('roles', 'spel-1') } as Record<string, unknown>;
    delete first.cards;
    const second = { ...newBlock('roles', 'spel-2') } as Record<string, unknown>;
    delete second.cards;
    second.swapsWith = 'spel-1';
    return programme([first, second] as BlockInput[], {
      case: { title: 'Dossier', text: 'Tekst.', cast: CAST },
    });
  }

  it('a roles block without cards plays the cast of the programme case', () => {
    const { block } = renderBlock(rounds(), 0);
    expect(screen.getByTestId('roles-source-cast')).toHaveProperty('checked', true);
    expect(screen.getByTestId('roles-plays-cast').textContent).toContain(
      'de 2 rollen uit het dossier (De wethouder · De adviseur)',
    );
    // Own cards start as a copy of the cast, each with its private brief to edit.
    fireEvent.click(screen.getByTestId('roles-source-own'));
    expect((block().cards as { id: string }[]).map((card) => card.id)).toEqual([
      'wethouder',
      'adviseur',
    ]);
    const briefs = screen.getAllByLabelText('Vertrouwelijke instructie');
    fireEvent.change(briefs[1]!, { target: { value: 'Je hebt een nieuw advies.' } });
    expect((block().cards as { brief: string }[])[1]?.brief).toBe('Je hebt een nieuw advies.');
  });

  it('the second round swaps the players of the first, in pairs chosen from its cards', () => {
    const { store, block } = renderBlock(rounds(), 1);
    expect(screen.getByTestId('roles-source-swap')).toHaveProperty('checked', true);
    expect(screen.getByLabelText('De ronde waarvan de rollen wisselen')).toHaveProperty(
      'value',
      'spel-1',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Paar toevoegen' }));
    expect(block().swapPairs).toEqual([['wethouder', 'adviseur']]);
    expect(checkScenario(store.getState().history.draft).ok).toBe(true);
    // A pair of one card twice is caught at the second side.
    fireEvent.change(screen.getByLabelText('Paar 1: de andere rol'), {
      target: { value: 'wethouder' },
    });
    const second = screen.getByLabelText('Paar 1: de andere rol');
    expect(second.id).toBe(fieldIdForPath(['blocks', 1, 'swapPairs', 0, 1]));
    expect(second.getAttribute('aria-invalid')).toBe('true');
  });
});

describe('ProgrammeForm', () => {
  it('edits the case text told once, with a rendered preview', () => {
    const draft = programme([newBlock('info', 'welkom')], {
      case: { title: 'Dossier', text: 'De oude casus.' },
    });
    const store = createEditorStore(draft);
    render(<ProgrammeHarness store={store} />);
    const text = screen.getByLabelText('Tekst van het dossier');
    expect(text.id).toBe(fieldIdForPath(['case', 'text']));
    fireEvent.change(text, { target: { value: 'De provincie wil **snel** een besluit.' } });
    expect(store.getState().history.draft.case?.text).toBe(
      'De provincie wil **snel** een besluit.',
    );
    const toggle = within(screen.getByTestId('programme-case')).getAllByRole('button', {
      name: 'Voorbeeld',
    })[0]!;
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('case-text-preview').querySelector('strong')?.textContent).toBe(
      'snel',
    );
  });

  it('adds a dossier and its cast, and shows the total against the blocks', () => {
    const store = createEditorStore(sampleDraft());
    render(<ProgrammeHarness store={store} />);
    fireEvent.click(screen.getByRole('button', { name: 'Een dossier toevoegen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Rollen toevoegen aan het dossier' }));
    const draft = store.getState().history.draft;
    expect(draft.case?.cast?.map((card) => card.name)).toEqual(['De bestuurder', 'De ambtenaar']);
    expect(checkScenario(draft).ok).toBe(true);
    const minutes = screen.getByLabelText('Totale duur in minuten');
    fireEvent.change(minutes, { target: { value: '99' } });
    expect(minutes.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(`${minutes.id}-problem`)?.textContent).toContain('expected 99');
  });

  it('emptying the audience removes it', () => {
    const store = createEditorStore({ ...sampleDraft(), audience: 'Provincie' });
    render(<ProgrammeHarness store={store} />);
    fireEvent.change(screen.getByLabelText('Voor wie'), { target: { value: '' } });
    expect('audience' in store.getState().history.draft).toBe(false);
  });

  it('speaks English when the trainer does, and keeps the content in the programme language', async () => {
    await act(() => useLanguage.getState().setLanguage('en'));
    const store = createEditorStore(sampleDraft());
    render(<ProgrammeHarness store={store} />);
    expect(screen.getByLabelText('Title of the programme')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add a dossier' }));
    // A Dutch programme gets a Dutch placeholder, typed and spell-checked as Dutch.
    expect(store.getState().history.draft.case?.title).toBe('Het dossier');
    expect(screen.getByLabelText('Text of the dossier').getAttribute('lang')).toBe('nl');
  });
});
