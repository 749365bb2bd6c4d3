import { ContentLanguage } from '../../components/contentLanguage';
import type { ParticipantView as View } from '@samenspel/shared';
import { ConfirmButton } from '../../components/ConfirmButton';
import { useT } from '../../i18n/useT';
import { MyProfile } from './blocks/MyProfile';
import { CurrentBlock } from './CurrentBlock';
import { SummaryScreen, SummarySoFar } from './SummaryScreen';
import { RestScreen } from './RestScreen';

interface ParticipantViewProps {
  view: View;
  onLeave: () => void;
}

/** The joined phone: lobby, the current block, or the personal summary at the end. */
export function ParticipantView({ view, onLeave }: ParticipantViewProps) {
  const t = useT();
  const { room, block } = view;
  return (
    <ContentLanguage.Provider value={room.language}>
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
          <SummaryScreen view={view} />
        ) : room.status === 'running' && room.meeting && room.meeting.restingSince !== null ? (
          <RestScreen view={view} />
        ) : room.status === 'running' && block ? (
          <>
            {/* Keyed by block: what is tapped or typed in one block never carries over to the next. */}
            <CurrentBlock
              key={block.id}
              block={block}
              blockCount={view.blockCount}
              meeting={room.meeting}
              timer={view.timer}
              mine={view.mine}
              profile={view.profile}
              target={{ code: room.code, participantId: view.me.id, blockId: block.id }}
            />
            {/* The stellingenlijst shows the profile itself; elsewhere it stays within reach. */}
            {view.profile && block.kind !== 'statements' ? (
              <MyProfile profile={view.profile} />
            ) : null}
            <SummarySoFar view={view} />
          </>
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
    </ContentLanguage.Provider>
  );
}
