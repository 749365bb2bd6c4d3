// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from '../../src/router/Router';
import { ScenarioSchema } from '@samenspel/shared';
import { PreviewPane } from '../../src/screens/studio/preview/PreviewPane';
import { sampleDraft } from './studioFixtures';

afterEach(cleanup);

const scenario = ScenarioSchema.parse(sampleDraft());
const poll = scenario.blocks.find((block) => block.kind === 'poll')!;

function renderPane(withScenario = true) {
  render(
    <MemoryRouter>
      <PreviewPane scenario={withScenario ? scenario : null} blockId={poll.id} />
    </MemoryRouter>,
  );
}

describe('the studio preview', () => {
  it('shows the vote on the phone as the phone shows it, with every option and nothing usable', () => {
    renderPane();
    const phone = screen.getByTestId('preview-phone');
    expect(within(phone).getByTestId('current-block').dataset.blockId).toBe(poll.id);
    if (poll.kind !== 'poll') throw new Error('the fixture has a poll');
    const options = within(phone).getAllByTestId('poll-option');
    expect(options.map((option) => option.dataset.optionId)).toEqual(poll.options.map((o) => o.id));
    expect(phone.querySelector('fieldset')?.disabled).toBe(true);
  });

  it('shows the projector with the question, and the chart once the trainer asks for the results', () => {
    renderPane();
    fireEvent.click(screen.getByTestId('preview-show-projector'));
    const projector = screen.getByTestId('preview-projector');
    if (poll.kind !== 'poll') throw new Error('the fixture has a poll');
    expect(projector.textContent).toContain(poll.question);
    expect(within(projector).queryByTestId('poll-chart')).toBeNull();
    fireEvent.click(screen.getByTestId('preview-revealed'));
    const chart = within(screen.getByTestId('preview-projector')).getByTestId('poll-chart');
    expect(chart.textContent).toContain(poll.options[0]!.label);
  });

  it('shows the console at the block, read-only', () => {
    renderPane();
    fireEvent.click(screen.getByTestId('preview-show-console'));
    const console = screen.getByTestId('preview-console');
    expect(console.querySelector('fieldset[disabled]')).not.toBeNull();
    expect(within(console).getByTestId('current-block').dataset.blockId).toBe(poll.id);
  });

  it('says the room on screen is a sample, and follows the block the editor selects', () => {
    const other = scenario.blocks.find((block) => block.id !== poll.id)!;
    const { rerender } = render(
      <MemoryRouter>
        <PreviewPane scenario={scenario} blockId={poll.id} />
      </MemoryRouter>,
    );
    expect(screen.getByTestId('preview').textContent).toMatch(/voorbeeld/i);
    rerender(
      <MemoryRouter>
        <PreviewPane scenario={scenario} blockId={other.id} />
      </MemoryRouter>,
    );
    const phone = screen.getByTestId('preview-phone');
    expect(within(phone).getByTestId('current-block').dataset.blockId).toBe(other.id);
  });

  it('says what to do while the draft does not pass the checker', () => {
    renderPane(false);
    expect(screen.getByTestId('preview-unavailable').textContent).toMatch(/problemen/);
  });
});
