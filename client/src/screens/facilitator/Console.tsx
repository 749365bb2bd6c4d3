import { Link } from 'react-router-dom';
import { formatJoinCode, PATHS, type FacilitatorView } from '@samenspel/shared';
import { ConnectionIndicator } from '../../components/ConnectionIndicator';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Page } from '../../components/Page';
import { StatusBadge } from '../../components/StatusBadge';
import type { SendCommand } from '../../hooks/useRoomConnection';
import { useT } from '../../i18n/useT';
import { timerToggle } from '../../lib/timerToggle';
import { Agenda } from './Agenda';
import { CurrentBlockPanel } from './CurrentBlockPanel';
import { ParticipantList } from './ParticipantList';
import { EndSessionControl, SessionControls } from './SessionControls';
import { TimerControls } from './TimerControls';
import { useConsoleShortcuts } from './useConsoleShortcuts';

interface ConsoleProps {
  view: FacilitatorView;
  send: SendCommand;
}

/** The facilitator's console: where the room is, what comes next, and who is there. */
export function Console({ view, send }: ConsoleProps) {
  const t = useT();
  const { room, scenario, currentBlockIndex } = view;
  const running = room.status === 'running';
  const lastIndex = scenario.blocks.length - 1;
  const canPrevious = running && currentBlockIndex !== null && currentBlockIndex > 0;
  const canNext = running && currentBlockIndex !== null && currentBlockIndex < lastIndex;

  useConsoleShortcuts({
    next: () => {
      if (canNext) void send({ type: 'block.next' });
    },
    previous: () => {
      if (canPrevious) void send({ type: 'block.previous' });
    },
    toggleTimer: () => {
      const type = running ? timerToggle(view.timer) : null;
      if (type) void send({ type });
    },
  });

  return (
    <Page wide aside={<ConnectionIndicator />}>
      <ErrorNotice />
      <div className="console__header">
        <p>
          <Link to={PATHS.facilitatorHome}>← {t('console.back')}</Link>
        </p>
        <h1 data-testid="room-title">
          {room.title}
          {room.groupName ? <span className="muted"> · {room.groupName}</span> : null}
        </h1>
        <dl className="facts">
          <div>
            <dt>{t('console.joinCode')}</dt>
            <dd className="code code--large" data-testid="join-code" data-code={room.code}>
              {formatJoinCode(room.code)}
            </dd>
          </div>
          <div>
            <dt>{t('console.status')}</dt>
            <dd data-testid="room-status" data-status={room.status}>
              <StatusBadge status={room.status} />
            </dd>
          </div>
          <div>
            <dt>{t('console.participants')}</dt>
            <dd
              data-testid="headcount"
              data-connected={view.headcount.connected}
              data-members={view.headcount.members}
            >
              {t('console.headcount', {
                connected: view.headcount.connected,
                members: view.headcount.members,
              })}
            </dd>
          </div>
        </dl>
      </div>

      <div className="console__grid">
        <section className="panel console__controls" aria-labelledby="controls-heading">
          <h2 id="controls-heading">{t('console.controls')}</h2>
          <SessionControls
            status={room.status}
            canPrevious={canPrevious}
            canNext={canNext}
            send={send}
          />
          {room.status === 'lobby' ? <p className="muted">{t('console.lobbyHint')}</p> : null}
          {room.status === 'ended' ? <p data-testid="console-ended">{t('console.ended')}</p> : null}
          <CurrentBlockPanel view={view} />
          {running && view.timer ? <TimerControls timer={view.timer} send={send} /> : null}
          <p className="muted small">{t('console.shortcuts')}</p>
          {room.status !== 'ended' ? <EndSessionControl send={send} /> : null}
        </section>

        <section className="panel" aria-labelledby="agenda-heading">
          <h2 id="agenda-heading">{t('console.agenda')}</h2>
          <Agenda view={view} onGoto={(blockId) => void send({ type: 'block.goto', blockId })} />
        </section>

        <section className="panel" aria-labelledby="participants-heading">
          <h2 id="participants-heading">{t('console.participants')}</h2>
          <ParticipantList participants={view.participants} />
        </section>
      </div>
    </Page>
  );
}
