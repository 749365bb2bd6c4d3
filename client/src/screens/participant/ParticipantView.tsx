import type { ParticipantView as View } from '@samenspel/shared';
import { ConfirmButton } from '../../components/ConfirmButton';
import { useT } from '../../i18n/useT';
import { CurrentBlock } from './CurrentBlock';

interface ParticipantViewProps {
  view: View;
  onLeave: () => void;
}

/** The joined phone: lobby, the current block, or the thank-you at the end. */
export function ParticipantView({ view, onLeave }: ParticipantViewProps) {
  const t = useT();
  const { room } = view;
  return (
    <section
      className="participant"
      data-testid="room-status"
      data-status={room.status}
      data-participant-id={view.me.id}
    >
      <p className="eyebrow" data-testid="room-title">
        {room.title}
      </p>
      {room.status === 'ended' ? (
        <>
          <h1 data-testid="participant-ended">{t('participant.ended')}</h1>
          <p className="lead">{t('participant.endedHint')}</p>
        </>
      ) : room.status === 'running' && view.block ? (
        <CurrentBlock block={view.block} blockCount={view.blockCount} timer={view.timer} />
      ) : (
        <>
          <h1 data-testid="participant-lobby">{t('participant.lobby')}</h1>
          <p className="lead" data-testid="participant-welcome">
            {view.me.name === null
              ? t('participant.welcomeAnonymous')
              : t('participant.welcome', { name: view.me.name })}
          </p>
          <p>{t('participant.lobbyHint')}</p>
        </>
      )}
      {room.status !== 'ended' ? (
        <div className="participant__leave">
          <ConfirmButton
            label={t('participant.leave')}
            question={t('participant.leaveQuestion')}
            confirmLabel={t('participant.leaveConfirm')}
            onConfirm={onLeave}
            testId="leave"
          />
        </div>
      ) : null}
    </section>
  );
}
