import { useT } from '../../../i18n/useT';
import { AnswerStatus } from './AnswerStatus';
import { LockedNote } from './LockedNote';
import { ScaleItem } from './ScaleItem';
import type { ActivityProps } from './types';
import { useScaleAnswers } from './useScaleAnswers';

/** A scale question: each statement its own agree–disagree row; every tap is sent at once. */
export function ScaleBlock({ content, mine, target }: ActivityProps<'scale'>) {
  const t = useT();
  const { values, choose, sender } = useScaleAnswers('scale', mine, target);
  return (
    <div className="activity" data-testid="answer-scale">
      {mine.locked ? <LockedNote text={t('phone.locked.answers')} /> : null}
      {content.statements.map((statement) => (
        <ScaleItem
          key={statement.id}
          statement={statement}
          points={content.points}
          value={values[statement.id]}
          disabled={mine.locked}
          onChoose={(value) => choose(statement.id, value)}
        />
      ))}
      <AnswerStatus sender={sender} sentLabel={t('phone.state.sent')} />
    </div>
  );
}
