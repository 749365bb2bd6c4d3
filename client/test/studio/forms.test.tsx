// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useStore } from 'zustand';
import { checkScenario, type ScenarioInput } from '@samenspel/shared';
import { BlockForm } from '../../src/screens/studio/forms/BlockForm';
import { ProgrammeForm } from '../../src/screens/studio/forms/ProgrammeForm';
import { createEditorStore } from '../../src/screens/studio/model/editorStore';
import { newBlock } from '../../src/screens/studio/model/blockTemplates';
import { fieldIdForPath } from '../../src/screens/studio/model/fieldIds';

afterEach(cleanup);

function programme(
  blocks: ScenarioInput['blocks'],
  extra: Partial<ScenarioInput> = {},
): ScenarioInput {
  return {
    id: 'proef',
    title: 'Proefprogramma',
    minutes: blocks.reduce((sum, block) => sum + (block.minutes as number), 0),
    blocks,
    ...extra,
  };
}

/** The form of block `index`, wired to a real editor store and the real checker, as the editor wires it. */
function renderBlock(initial: ScenarioInput, index: number) {
  const store = createEditorStore(initial);
  function Harness() {
    const draft = useStore(store, (state) => state.history.draft);
    const check = checkScenario(draft);
    const problems = check.ok ? [] : check.problems.filter((p) => p.path[1] === index);
    const block = draft.blocks[index]!;
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
  render(<Harness />);
  return store;
}

describe('the form of a vote', () => {
  it('edits an option where the checker looks for it, and adds one', () => {
    const store = renderBlock(programme([newBlock('poll', 'peiling')]), 0);
    const label = document.getElementById(fieldIdForPath(['blocks', 0, 'options', 1, 'label']));
    expect(label).toBeInstanceOf(HTMLInputElement);
    fireEvent.change(label!, { target: { value: 'Eerst de wethouder bellen' } });
    const poll = store.getState().history.draft.blocks[0] as { options: { label: string }[] };
    expect(poll.options[1]!.label).toBe('Eerst de wethouder bellen');

    const before = poll.options.length;
    fireEvent.click(screen.getByTestId('poll-options-add'));
    const after = store.getState().history.draft.blocks[0] as { options: unknown[] };
    expect(after.options).toHaveLength(before + 1);
    expect(checkScenario(store.getState().history.draft).ok).toBe(true);
  });

  it('shows the checker’s problem under the field it is about, and marks the field', () => {
    renderBlock(programme([newBlock('poll', 'peiling')]), 0);
    const question = document.getElementById(fieldIdForPath(['blocks', 0, 'question']))!;
    fireEvent.change(question, { target: { value: '' } });
    expect(question.getAttribute('aria-invalid')).toBe('true');
    const describedBy = question.getAttribute('aria-describedby')!;
    const problem = document.getElementById(describedBy.split(' ').pop()!)!;
    expect(problem.textContent).not.toBe('');
    expect(screen.getAllByTestId('field-problem')).toHaveLength(1);
  });

  it('refuses to remove an option below the two a vote needs', () => {
    const store = renderBlock(programme([newBlock('poll', 'peiling')]), 0);
    const options = (store.getState().history.draft.blocks[0] as { options: unknown[] }).options;
    expect(options).toHaveLength(2);
    const removes = screen.getAllByRole('button', { name: /verwijderen/ });
    expect(removes.every((button) => (button as HTMLButtonElement).disabled)).toBe(true);
  });
});

describe('the form of the stellingenlijst', () => {
  it('counts the statements per ideal type as the trainer changes them', () => {
    const store = renderBlock(programme([newBlock('statements', 'lijst')]), 0);
    const count = () => screen.getByTestId('statements-count').textContent;
    const before = count();
    const firstType = screen.getAllByTestId('statement-type')[0] as HTMLSelectElement;
    const other = ['bureaucraat', 'ondernemer', 'verbinder'].find(
      (type) => type !== firstType.value,
    )!;
    fireEvent.change(firstType, { target: { value: other } });
    expect(count()).not.toBe(before);
    const items = (store.getState().history.draft.blocks[0] as { items: { type: string }[] }).items;
    const of = (type: string) => items.filter((item) => item.type === type).length;
    expect(count()).toContain(`Bureaucraat ${of('bureaucraat')}`);
    expect(count()).toContain(`Ondernemer ${of('ondernemer')}`);
    expect(count()).toContain(`Verbinder ${of('verbinder')}`);
  });
});

describe('the case told once', () => {
  const withCase = () =>
    programme([newBlock('casus', 'ronde-1'), newBlock('roles', 'spel')], {
      case: {
        title: 'De brug in Zuiderdam',
        text: 'De wethouder wil de brug vóór de verkiezingen open.',
        cast: [
          {
            id: 'wethouder',
            name: 'De wethouder',
            public: 'Wil snel.',
            brief: 'Heeft het al beloofd.',
          },
          {
            id: 'adviseur',
            name: 'De adviseur',
            public: 'Ziet risico’s.',
            brief: 'Kent de begroting.',
          },
        ],
      },
    });

  it('lets a casus round play the programme’s dossier, or a text of its own', () => {
    const initial = withCase();
    const { case: _own, ...casus } = initial.blocks[0] as Record<string, unknown>;
    initial.blocks[0] = casus as ScenarioInput['blocks'][number];
    const store = renderBlock(initial, 0);
    expect(screen.getByTestId('casus-plays-programme-case').textContent).toContain(
      'De brug in Zuiderdam',
    );
    fireEvent.click(screen.getByTestId('casus-source-own'));
    const block = store.getState().history.draft.blocks[0] as { case?: string };
    expect(typeof block.case).toBe('string');
    expect(screen.getByTestId('field-case')).toBeTruthy();
  });

  it('starts a role play’s own cards from the dossier’s cast', () => {
    const initial = withCase();
    const { cards: _cards, ...roles } = initial.blocks[1] as Record<string, unknown>;
    initial.blocks[1] = roles as ScenarioInput['blocks'][number];
    const store = renderBlock(initial, 1);
    expect(screen.getByTestId('roles-plays-cast').textContent).toContain('2 rollen');
    fireEvent.click(screen.getByTestId('roles-source-own'));
    const block = store.getState().history.draft.blocks[1] as { cards?: { id: string }[] };
    expect(block.cards?.map((card) => card.id)).toEqual(['wethouder', 'adviseur']);
  });

  it('edits the dossier in the programme form: one edit for every round that plays it', () => {
    const store = createEditorStore(withCase());
    function Harness() {
      const draft = useStore(store, (state) => state.history.draft);
      return (
        <ProgrammeForm
          draft={draft}
          problems={[]}
          apply={store.getState().apply}
          endTyping={store.getState().endTyping}
        />
      );
    }
    render(<Harness />);
    const text = document.getElementById(fieldIdForPath(['case', 'text']))!;
    fireEvent.change(text, { target: { value: 'De provincie wil de weg vóór de zomer open.' } });
    expect(store.getState().history.draft.case?.text).toBe(
      'De provincie wil de weg vóór de zomer open.',
    );
    const cast = screen.getByTestId('case-cast');
    expect(within(cast).getAllByTestId('case-cast-item')).toHaveLength(2);
    act(() => store.getState().undo());
    expect(store.getState().history.draft.case?.text).toBe(
      'De wethouder wil de brug vóór de verkiezingen open.',
    );
  });
});
