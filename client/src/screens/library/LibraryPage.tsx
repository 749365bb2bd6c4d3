import { useEffect, useMemo, useState } from 'react';
import { Link } from '../../router/Router';
import { API, PATHS, type RoomSummary } from '@samenspel/shared';
import { Page } from '../../components/Page';
import { useLanguage } from '../../i18n/language';
import { useT } from '../../i18n/useT';
import { dateTimeFormat } from './format';
import { ImportControl, type Imported } from './ImportControl';
import { LibraryControls } from './LibraryControls';
import { LibraryRow } from './LibraryRow';
import { deleteAt } from './libraryApi';
import { visibleRooms, type SortKey } from './sessionList';
import { useLibraryRooms } from './useLibraryRooms';
import './library.css';

interface LibraryPageProps {
  token: string;
  onUnauthorized: () => void;
}

type Notice = { kind: 'deleted'; title: string } | { kind: 'deleteFailed'; title: string } | null;

/**
 * The trainer's library: every session on this server, to find, replay, export, import or
 * delete. Searching and sorting happen here, on the list the server gave.
 */
export function LibraryPage({ token, onUnauthorized }: LibraryPageProps) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const { rooms, failed, reload, forget } = useLibraryRooms(token, onUnauthorized);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('date');
  const [fresh, setFresh] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  // Running sessions sort by how long they have run so far, as of the list or choice changing.
  const shown = useMemo(
    () => (rooms === null ? [] : visibleRooms(rooms, query, sort, Date.now(), language)),
    [rooms, query, sort, language],
  );
  const dateFormat = useMemo(() => dateTimeFormat(language), [language]);

  // An imported session is scrolled into view once the reloaded list holds it.
  useEffect(() => {
    if (fresh === null) return;
    document
      .querySelector(`[data-testid="library-row"][data-room-id="${CSS.escape(fresh)}"]`)
      ?.scrollIntoView({ block: 'center' });
  }, [fresh, rooms]);

  const onImported = (imported: Imported) => {
    setQuery('');
    setFresh(imported.roomId);
    reload();
  };

  const onDelete = async (room: RoomSummary) => {
    const result = await deleteAt(API.room(room.roomId), token);
    if (result.ok || result.status === 404) {
      forget(room.roomId);
      setNotice({ kind: 'deleted', title: room.title });
    } else if (result.status === 401) {
      onUnauthorized();
    } else {
      setNotice({ kind: 'deleteFailed', title: room.title });
    }
  };

  return (
    <Page wide>
      <div className="library" data-testid="library">
        <p className="library__back">
          <Link to={PATHS.facilitatorHome}>← {t('library.back')}</Link>
        </p>
        <h1>{t('library.title')}</h1>
        <p className="lead">{t('library.intro')}</p>

        <section className="panel" aria-labelledby="library-import-heading">
          <h2 id="library-import-heading">{t('library.import.heading')}</h2>
          <ImportControl token={token} onImported={onImported} onUnauthorized={onUnauthorized} />
        </section>

        <section className="panel" aria-labelledby="library-list-heading">
          <h2 id="library-list-heading">{t('library.sessions')}</h2>
          <LibraryControls query={query} onQuery={setQuery} sort={sort} onSort={setSort} />
          <div aria-live="polite" aria-atomic="true" className="library__status">
            {notice ? (
              <p
                className={notice.kind === 'deleted' ? 'notice notice--ok' : 'notice notice--error'}
                data-testid="library-notice"
                data-kind={notice.kind}
              >
                {t(`library.notice.${notice.kind}`, { title: notice.title })}
              </p>
            ) : null}
            {rooms !== null ? (
              <p className="muted" data-testid="library-count">
                {t('library.count', { shown: shown.length, total: rooms.length })}
              </p>
            ) : null}
          </div>
          {failed ? (
            <div className="notice notice--error" role="alert">
              <span>{t('facilitator.loadFailed')}</span>
              <button type="button" className="button button--secondary" onClick={reload}>
                {t('common.retry')}
              </button>
            </div>
          ) : null}
          {rooms === null ? (
            failed ? null : (
              <p aria-busy="true">{t('common.loading')}</p>
            )
          ) : rooms.length === 0 ? (
            <p data-testid="library-empty">{t('library.empty')}</p>
          ) : shown.length === 0 ? (
            <p data-testid="library-no-match">{t('library.noMatch', { query })}</p>
          ) : (
            <ul className="library-list" data-testid="library-list">
              {shown.map((room) => (
                <LibraryRow
                  key={room.roomId}
                  room={room}
                  token={token}
                  dateFormat={dateFormat}
                  fresh={room.roomId === fresh}
                  onDelete={(deleted) => void onDelete(deleted)}
                  onUnauthorized={onUnauthorized}
                />
              ))}
            </ul>
          )}
        </section>
      </div>
    </Page>
  );
}
