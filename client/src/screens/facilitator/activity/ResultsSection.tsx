import type { FacilitatorRun, FacilitatorView } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import type { ChartBlock } from './blockKinds';
import { ResultsChart } from './ResultsChart';
import { Rounds } from './Rounds';
import { Visibility } from './Visibility';

interface ResultsSectionProps {
  view: FacilitatorView;
  block: ChartBlock;
  run: FacilitatorRun;
}

/**
 * The live tally of the current question, marked as private or on screen. A question asked again
 * after another perspective shows all its rounds side by side, so the shift is visible at once.
 */
export function ResultsSection({ view, block, run }: ResultsSectionProps) {
  const t = useT();
  const state = run.revealed ? 'public' : 'private';
  return (
    <section
      className={`console-results console-results--${state}`}
      data-testid={`results-${state}`}
      aria-label={t('console.activity.results')}
    >
      <Visibility revealed={run.revealed} />
      {view.rounds.length > 1 ? (
        <Rounds view={view} currentId={block.id} />
      ) : (
        <ResultsChart block={block} results={run.results} />
      )}
    </section>
  );
}
