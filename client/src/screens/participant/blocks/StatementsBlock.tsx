import { isComplete, type ParticipantView } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import { AnswerStatus } from './AnswerStatus';
import { LockedNote } from './LockedNote';
import { ProfileCard } from './ProfileCard';
import { ScaleItem } from './ScaleItem';
import { SelfTestCarryIn } from './SelfTestCarryIn';
import { focusHeading, StatementsProgress } from './StatementsProgress';
import type { ActivityProps } from './types';
import { useScaleAnswers } from './useScaleAnswers';

interface StatementsBlockProps extends ActivityProps<'statements'> {
  profile: ParticipantView['profile'];
}

/**
 * The stellingenlijst: every statement in one scrollable list under a sticky progress bar
 * ("12 van 24"). Once all are answered and the server has scored them, the profile follows.
 */
export function StatementsBlock({ content, mine, target, profile }: StatementsBlockProps) {
  const t = useT();
  const profileId = `profile-${target.blockId}`;
  const { values, choose, chooseAll, sender } = useScaleAnswers('statements', mine, target);
  const total = content.items.length;
  const answered = content.items.filter((item) => values[item.id] !== undefined).length;
  // Done by the rule the console and the projector count by.
  const complete = total > 0 && isComplete(content, { kind: 'statements', values });
  // The profile is scored on the server (the statements' types are not sent to phones). It
  // comes once the list is complete, or with what there is once the facilitator closes it.
  const ours = profile !== null && profile.blockId === target.blockId ? profile : null;
  const scored = ours !== null && ours.answered === total;
  const shown =
    ours !== null && ((complete && scored) || (mine.locked && answered > 0)) ? ours : null;

  // Moves to the profile and puts the focus on its heading, for keyboards and screen readers too.
  const showProfile = () => focusHeading(profileId);

  return (
    <div className="activity" data-testid="answer-statements">
      {mine.locked ? <LockedNote text={t('phone.locked.answers')} /> : null}
      <StatementsProgress answered={answered} total={total}>
        <AnswerStatus sender={sender} sentLabel={t('phone.state.sent')} />
      </StatementsProgress>
      <p className="field__hint">{t('phone.statements.hint')}</p>
      {!mine.locked && !complete ? (
        <SelfTestCarryIn
          content={content}
          target={target}
          onValues={(carried) => {
            // Only this list's statements: the self-test may hold more than the room asks.
            const ids = new Set(content.items.map((item) => item.id));
            chooseAll(Object.fromEntries(Object.entries(carried).filter(([id]) => ids.has(id))));
          }}
        />
      ) : null}
      {content.items.map((item, i) => (
        <ScaleItem
          key={item.id}
          statement={item}
          number={i + 1}
          points={content.points}
          value={values[item.id]}
          disabled={mine.locked}
          onChoose={(value) => choose(item.id, value)}
        />
      ))}
      <div role="status" className="statements-done">
        {complete ? (
          <p className="notice notice--ok" data-testid="statements-done">
            <span>{scored ? t('phone.statements.done') : t('phone.statements.waiting')}</span>
            {scored ? (
              <button type="button" className="button button--secondary" onClick={showProfile}>
                {t('phone.statements.toProfile')}
              </button>
            ) : null}
          </p>
        ) : null}
      </div>
      {shown ? <ProfileCard profile={shown} headingId={profileId} /> : null}
    </div>
  );
}
