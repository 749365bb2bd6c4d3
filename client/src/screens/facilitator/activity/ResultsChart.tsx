import type { FacilitatorRun } from '@samenspel/shared';
import { PollChart } from '../../../components/charts/PollChart';
import { ScaleChart } from '../../../components/charts/ScaleChart';
import { TernaryChart } from '../../../components/charts/TernaryChart';
import { useT } from '../../../i18n/useT';
import type { ChartBlock } from './blockKinds';

interface ResultsChartProps {
  block: ChartBlock;
  results: FacilitatorRun['results'];
}

/** A block's tally drawn with the shared charts, the same pictures the projector shows. */
export function ResultsChart({ block, results }: ResultsChartProps) {
  const t = useT();
  if (block.kind === 'poll') {
    const tally = results?.kind === 'poll' ? results : null;
    return (
      <PollChart
        options={block.options}
        counts={tally?.counts ?? {}}
        respondents={tally?.respondents ?? 0}
      />
    );
  }
  if (block.kind === 'scale') {
    const tally = results?.kind === 'scale' ? results : null;
    return (
      <ScaleChart
        statements={block.statements}
        results={tally?.statements ?? {}}
        points={block.points}
      />
    );
  }
  const tally = results?.kind === 'statements' ? results : null;
  return (
    <div className="console-statements-result">
      <p className="console-statements-result__complete" data-testid="statements-complete">
        {t('console.activity.complete', {
          complete: tally?.complete ?? 0,
          respondents: tally?.respondents ?? 0,
        })}
      </p>
      <TernaryChart
        title={t('console.activity.ternaryTitle', { title: block.title })}
        points={tally?.points ?? []}
        mean={tally?.mean ?? null}
      />
    </div>
  );
}
