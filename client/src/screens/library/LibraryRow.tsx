import { useId, useState } from 'react';
import { Link } from '../../router/Router';
import { formatJoinCode, PATHS, type RoomSummary } from '@samenspel/shared';
import { ConfirmButton } from '../../components/ConfirmButton';
import { StatusBadge } from '../../components/StatusBadge';
import { useT } from '../../i18n/useT';
import { ExportPanel } from './ExportPanel';
import { formatLength } from './format';
import { durationMs } from './sessionList';

interface LibraryRowProps {
  room: RoomSummary;
  token: string;
  dateFormat: Intl.DateTimeFormat;
  /** Just imported: marked, so the trainer sees where it landed. */
  fresh: boolean;
  onDelete: (room: RoomSummary) => void;
  onUnauthorized: () => void;
}

/** One session: what and when, and what the trainer can do with it. */
export function LibraryRow(props: LibraryRowProps) {
  const { room, dateFormat, fresh } = props;
  const t = useT();
  const panelId = useId();
  const [exportOpen, setExportOpen] = useState(false);
  const length = durationMs(room);
  const question =
    room.status === 'ended'
      ? t('library.delete.question', { title: room.title })
      : t('library.delete.questionRunning', { title: room.title });

  return (
    <li
      className={fresh ? 'library-row library-row--fresh' : 'library-row'}
      data-testid="library-row"
      data-room-id={room.roomId}
      data-status={room.status}
      data-fresh={fresh || undefined}
    >
      <h3 className="library-row__title">
        <span data-testid="library-title">{room.title}</span>
        {room.groupName ? (
          <span className="library-row__group" data-testid="library-group">
            {room.groupName}
          </span>
        ) : null}
      </h3>
      <dl className="library-row__facts">
        <div>
          <dt>{t('library.date')}</dt>
          <dd data-testid="library-date">
            <time dateTime={new Date(room.createdAt).toISOString()}>
              {dateFormat.format(room.createdAt)}
            </time>
          </dd>
        </div>
        <div>
          <dt>{t('library.length')}</dt>
          <dd data-testid="library-length" data-ms={length ?? undefined}>
            {length === null ? t('library.length.running') : formatLength(length, t)}
          </dd>
        </div>
        <div>
          <dt>{t('library.participants')}</dt>
          <dd data-testid="library-participants">{room.participantCount}</dd>
        </div>
        <div>
          <dt>{t('library.code')}</dt>
          <dd className="code">{formatJoinCode(room.code)}</dd>
        </div>
        <div>
          <dt>{t('library.status')}</dt>
          <dd>
            <StatusBadge status={room.status} />
          </dd>
        </div>
      </dl>
      <div className="library-row__actions">
        <Link
          className="button button--primary library-button-small"
          to={PATHS.replay(room.roomId)}
          data-testid="library-open"
        >
          {t('library.open')}
        </Link>
        <button
          type="button"
          className="button button--secondary library-button-small"
          aria-expanded={exportOpen}
          aria-controls={panelId}
          onClick={() => setExportOpen((open) => !open)}
          data-testid="library-export"
        >
          {t('library.export')}
        </button>
        <div className="library-row__delete">
          <ConfirmButton
            label={t('library.delete')}
            question={question}
            confirmLabel={t('library.delete.confirm')}
            onConfirm={() => props.onDelete(room)}
            testId="library-delete"
          />
        </div>
      </div>
      {exportOpen ? (
        <ExportPanel
          room={room}
          token={props.token}
          onUnauthorized={props.onUnauthorized}
          id={panelId}
        />
      ) : null}
    </li>
  );
}
