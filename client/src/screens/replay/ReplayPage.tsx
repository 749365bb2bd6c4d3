import { useEffect, useState } from 'react';
import { Link } from '../../router/Router';
import { useStore } from 'zustand';
import { formatJoinCode, PATHS } from '@samenspel/shared';
import { Page } from '../../components/Page';
import { useLanguage } from '../../i18n/language';
import { useT } from '../../i18n/useT';
import { dateTimeFormat } from '../library/format';
import { createCursor } from './cursor';
import type { ReplayEngine } from './engine/types';
import { Inspector } from './Inspector';
import { NotesPanel } from './NotesPanel';
import { ReplayScreens } from './ReplayScreens';
import type { ReplayLog } from './replayLog';
import { Timeline } from './Timeline';
import { Transport } from './Transport';
import { useNotes } from './useNotes';
import { useSeqInAddress } from './useSeqInAddress';
import { usePlayback } from './usePlayback';
import './replay.css';

interface ReplayPageProps {
  log: ReplayLog;
  engine: ReplayEngine;
  /** Where to start (from the address, #seq=N). */
  initialSeq: number;
  token: string;
  onUnauthorized: () => void;
  /** From asking for the log to the first screen, for the record (data-load-ms). */
  loadMs: number;
}

/**
 * A recorded session, played back: the player and the timeline on top, stay in view while the
 * presenter screen and the console below show each moment, with the trainer's notes and the
 * log itself beside them.
 */
export function ReplayPage(props: ReplayPageProps) {
  const { log, engine, token, onUnauthorized, loadMs, initialSeq } = props;
  const t = useT();
  const language = useLanguage((state) => state.language);
  const [cursor] = useState(() => createCursor(log, initialSeq));
  useSeqInAddress(cursor, log);
  const notes = useNotes(log.roomId, token, onUnauthorized);
  const indexMs = useStore(engine.state, (state) => state.indexMs);
  usePlayback(cursor, log);

  // Leaving the page mid-play must not leave a frame loop running.
  useEffect(() => () => cursor.setState({ playing: false }), [cursor]);

  return (
    <Page wide>
      <div
        className="replay"
        data-testid="replay"
        data-room-id={log.roomId}
        data-length={log.events.length}
        data-load-ms={Math.round(loadMs)}
        data-index-ms={indexMs === null ? undefined : Math.round(indexMs)}
      >
        <header className="replay__header">
          <p className="replay__back">
            <Link to={PATHS.library}>← {t('replay.back')}</Link>
          </p>
          <h1 className="replay__title">
            {t('replay.title', { title: log.title })}
            {log.groupName ? <span className="muted"> · {log.groupName}</span> : null}
          </h1>
          <p className="replay__meta muted">
            {t('replay.meta', {
              date: dateTimeFormat(language).format(log.start),
              code: formatJoinCode(log.code),
            })}
          </p>
        </header>

        <div className="replay__bar">
          <Transport cursor={cursor} log={log} />
          <Timeline cursor={cursor} log={log} notes={notes.notes} />
        </div>

        <div className="replay__grid">
          <ReplayScreens cursor={cursor} engine={engine} />
          <div className="replay__aside">
            <NotesPanel cursor={cursor} engine={engine} log={log} notes={notes} />
            <Inspector cursor={cursor} engine={engine} log={log} />
          </div>
        </div>
      </div>
    </Page>
  );
}
