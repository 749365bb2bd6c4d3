import type { FacilitatorView } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import { hasChart } from './blockKinds';
import { ResultsChart } from './ResultsChart';
import { Visibility } from './Visibility';

interface RoundsProps {
  view: FacilitatorView;
  currentId: string;
}

/** Every round of a returning question, each with the lens it was answered through. */
export function Rounds({ view, currentId }: RoundsProps) {
  const t = useT();
  return (
    <ol className="rounds" data-testid="rounds" aria-label={t('console.activity.rounds')}>
      {view.rounds.map((round, i) => {
        const block = view.scenario.blocks.find((b) => b.id === round.blockId);
        if (!block || !hasChart(block)) return null;
        const current = round.blockId === currentId;
        const revealed = view.runs[round.blockId]?.revealed ?? false;
        return (
          <li
            key={round.blockId}
            className={current ? 'round round--current' : 'round'}
            data-testid="round"
            data-block-id={round.blockId}
            data-revealed={revealed}
            aria-current={current ? 'step' : undefined}
          >
            <p className="round__number">
              {t('console.activity.roundNumber', { n: i + 1 })}
              {current ? (
                <strong className="round__now"> · {t('console.activity.thisRound')}</strong>
              ) : null}
            </p>
            <h3 className="round__title">{round.title}</h3>
            {round.perspective ? (
              <p
                className={`round__perspective perspective perspective--${round.perspective}`}
                data-perspective={round.perspective}
              >
                {t(`perspective.${round.perspective}`)}
              </p>
            ) : (
              <p className="round__perspective round__perspective--none">
                {t('console.activity.noPerspective')}
              </p>
            )}
            <Visibility revealed={revealed} compact />
            <ResultsChart block={block} results={round.results} />
          </li>
        );
      })}
    </ol>
  );
}
