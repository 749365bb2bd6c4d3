import { endsItsMeeting, type FacilitatorView } from '@samenspel/shared';
import { ConfirmButton } from '../../components/ConfirmButton';
import type { SendCommand } from '../../hooks/useRoomConnection';
import { useT } from '../../i18n/useT';

/**
 * The moves between the meetings of a programme of several: at the last block of a meeting,
 * close it (the room rests); while it rests, start the next one. Nothing for one sitting.
 */
export function MeetingControls({ view, send }: { view: FacilitatorView; send: SendCommand }) {
  const t = useT();
  const meeting = view.room.meeting;
  if (!meeting || view.room.status !== 'running') return null;
  if (meeting.restingSince !== null) {
    return (
      <div className="meeting-rest" data-testid="meeting-resting">
        <p className="meeting-rest__title">
          <strong>{t('console.meeting.resting', { title: meeting.title })}</strong>
        </p>
        <p className="muted">{t('console.meeting.restingHint')}</p>
        {meeting.next !== null ? (
          <button
            type="button"
            className="button button--primary button--large"
            data-testid="meeting-start"
            onClick={() => void send({ type: 'meeting.start' })}
          >
            {t('console.meeting.start', { title: meeting.next })}
          </button>
        ) : null}
      </div>
    );
  }
  const index = view.currentBlockIndex;
  if (index === null || meeting.next === null || !endsItsMeeting(view.scenario, index)) {
    return null;
  }
  return (
    <ConfirmButton
      label={t('console.meeting.close', { title: meeting.title })}
      question={t('console.meeting.closeQuestion', { next: meeting.next })}
      confirmLabel={t('console.meeting.closeConfirm')}
      onConfirm={() => void send({ type: 'meeting.close' })}
      testId="meeting-close"
      className="button button--primary"
    />
  );
}
