import { ScaleChart } from '../../../components/charts/ScaleChart';
import { useT } from '../../../i18n/useT';
import { AnsweredMeter } from '../AnsweredMeter';
import { FitBox } from '../FitBox';
import { RoundsView } from '../RoundsView';
import { ScreenText } from '../ScreenText';
import type { BlockProps } from './types';

/**
 * Agree–disagree statements. While open: the statements and the count. Once revealed: the spread
 * per statement, or a before-and-after (a baseline and its repeat) side by side.
 */
export function ScaleBlock({ block, content, live, headcount }: BlockProps<'scale'>) {
  const t = useT();
  const results = live.revealed && live.results?.kind === 'scale' ? live.results : null;
  const showRounds = results !== null && live.rounds.length > 1;
  if (showRounds) {
    return (
      <RoundsView
        chart={{ kind: 'scale', statements: content.statements, points: content.points }}
        rounds={live.rounds}
        currentId={block.id}
      />
    );
  }
  if (results) {
    return (
      <FitBox content={results} className="stage-results" testId="presenter-results">
        <ScaleChart
          statements={content.statements}
          results={results.statements}
          points={content.points}
          theme="dark"
        />
      </FitBox>
    );
  }
  return (
    <div className="stage-question">
      {block.text ? (
        <ScreenText
          text={block.text}
          title={block.title}
          headings="all"
          className="stage-text--note"
        />
      ) : null}
      <FitBox content={content.statements} className="stage-options-box">
        <ol
          className="stage-statements"
          aria-label={t('presenter.scale.statements')}
          data-testid="presenter-statements"
        >
          {content.statements.map((statement) => (
            <li key={statement.id} data-statement-id={statement.id}>
              {statement.text}
            </li>
          ))}
        </ol>
      </FitBox>
      <AnsweredMeter
        kind="scale"
        progress={live.progress}
        members={headcount.members}
        locked={live.locked}
      />
    </div>
  );
}
