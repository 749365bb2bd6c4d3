import type { RoundResults } from '@samenspel/shared';
import { PollChart } from '../../components/charts/PollChart';
import { ScaleChart } from '../../components/charts/ScaleChart';
import { useT } from '../../i18n/useT';
import { FitBox } from './FitBox';
import { PerspectiveChip } from './PerspectiveBanner';

/** The chart every round is drawn with: the current block's own options or statements. */
export type RoundsChart =
  | { kind: 'poll'; options: ReadonlyArray<{ id: string; label: string }> }
  | {
      kind: 'scale';
      statements: ReadonlyArray<{ id: string; text: string }>;
      points: number;
    };

interface RoundsViewProps {
  chart: RoundsChart;
  rounds: readonly RoundResults[];
  /** The block on screen: its round is marked "Nu". */
  currentId: string;
}

/**
 * A returning question's rounds as small multiples, oldest first, each headed by its title and
 * the lens it was answered through, so the group sees its own answers move between lenses.
 */
export function RoundsView({ chart, rounds, currentId }: RoundsViewProps) {
  const t = useT();
  // A lens badge only when every round has one: a baseline asked before any casus has none, and
  // a lone badge on its repeat would claim a lens nobody was asked to wear.
  const lensed = rounds.every((round) => round.perspective !== null);
  return (
    <FitBox
      content={rounds}
      className="stage-results stage-results--rounds"
      testId="presenter-results"
    >
      <h2 className="visually-hidden">{t('presenter.rounds')}</h2>
      <ol className="stage-rounds" data-testid="presenter-rounds" data-count={rounds.length}>
        {rounds.map((round) => {
          const current = round.blockId === currentId;
          return (
            <li
              key={round.blockId}
              className={`stage-round ${current ? 'stage-round--current' : ''}`}
              data-testid="presenter-round"
              data-block-id={round.blockId}
              data-perspective={round.perspective ?? undefined}
              data-current={current}
            >
              <div className="stage-round__head">
                <h3 className="stage-round__title">{round.title}</h3>
                {current ? (
                  <span className="stage-round__now">{t('presenter.round.current')}</span>
                ) : null}
              </div>
              {lensed && round.perspective ? (
                <p className="stage-round__lens">
                  <PerspectiveChip perspective={round.perspective} />
                </p>
              ) : null}
              <RoundChart chart={chart} round={round} />
            </li>
          );
        })}
      </ol>
    </FitBox>
  );
}

function RoundChart({ chart, round }: { chart: RoundsChart; round: RoundResults }) {
  const t = useT();
  const results = round.results;
  if (chart.kind === 'poll' && results?.kind === 'poll') {
    return (
      <PollChart
        options={chart.options}
        counts={results.counts}
        respondents={results.respondents}
        theme="dark"
      />
    );
  }
  if (chart.kind === 'scale' && results?.kind === 'scale') {
    return (
      <ScaleChart
        statements={chart.statements}
        results={results.statements}
        points={chart.points}
        theme="dark"
      />
    );
  }
  return <p className="stage-round__none">{t('presenter.round.none')}</p>;
}
