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
    <ol
      className="console-rounds"
      data-testid="rounds"
      data-count={view.rounds.length}
      aria-label={t('console.activity.rounds')}
    >
      {view.rounds.map((round, i) => {
        const block = view.scenario.blocks.find((b) => b.id === round.blockId);
        if (!block || !hasChart(block)) return null;
        const current = round.blockId === currentId;
        const revealed = view.runs[round.blockId]?.revealed ?? false;
        return (
          <li
            key={round.blockId}
            className={current ? 'console-round console-round--current' : 'console-round'}
            data-testid="round"
            data-block-id={round.blockId}
            data-revealed={revealed}
            aria-current={current ? 'step' : undefined}
          >
            <p className="console-round__number">
              {t('console.activity.roundNumber', { n: i + 1 })}
              {current ? (
                <strong className="console-round__now"> · {t('console.activity.thisRound')}</strong>
              ) : null}
            </p>
            <h3 className="console-round__title">{round.title}</h3>
            {round.perspective ? (
              <p
                className={`console-round__perspective perspective perspective--${round.perspective}`}
                data-perspective={round.perspective}
              >
                {t(`perspective.${round.perspective}`)}
              </p>
            ) : block.kind === 'statements' ? null : (
              // A stellingenlijst measured again is no case round: no lens to speak of.
              <p className="console-round__perspective console-round__perspective--none">
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
