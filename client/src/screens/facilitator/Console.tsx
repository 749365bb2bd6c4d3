import { ContentLanguage } from '../../components/contentLanguage';
import { useState, type ReactNode } from 'react';
import type { FacilitatorView } from '@samenspel/shared';
import { ConnectionIndicator } from '../../components/ConnectionIndicator';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Page } from '../../components/Page';
import type { SendCommand } from '../../hooks/useRoomConnection';
import { useT } from '../../i18n/useT';
import { timerToggle } from '../../lib/timerToggle';
import { ActivityPanel } from './activity/ActivityPanel';
import { hasChart, isAnonymous, takesAnswers } from './activity/blockKinds';
import { Agenda } from './Agenda';
import { ConsoleHeader } from './ConsoleHeader';
import { CurrentBlockPanel } from './CurrentBlockPanel';
import { ParticipantList } from './ParticipantList';
import { EndSessionControl, SessionControls } from './SessionControls';
import { ShortcutHelp } from './ShortcutHelp';
import { TimerControls } from './TimerControls';
import { useConsoleShortcuts } from './useConsoleShortcuts';
import './console.css';

interface ConsoleProps {
  view: FacilitatorView;
  send: SendCommand;
  /**
   * A replay: no page frame, no connection state, no shortcuts and no buttons that only move
   * the session on; the caller supplies a send that does nothing and disables what is left.
   */
  readOnly?: boolean;
}

/**
 * The facilitator's console: the moves through the programme on top, the notes beside what the
 * room is doing now, and the agenda and the people along the side.
 */
export function Console({ view, send, readOnly = false }: ConsoleProps) {
  const t = useT();
  const [helpOpen, setHelpOpen] = useState(false);
  const { room, scenario, currentBlockIndex } = view;
  const running = room.status === 'running';
  const lastIndex = scenario.blocks.length - 1;
  // Neighbours by id: a jump to a named block is harmless to repeat after a reconnect.
  const previousBlockId =
    running && currentBlockIndex !== null && currentBlockIndex > 0
      ? (scenario.blocks[currentBlockIndex - 1]?.id ?? null)
      : null;
  const nextBlockId =
    running && currentBlockIndex !== null && currentBlockIndex < lastIndex
      ? (scenario.blocks[currentBlockIndex + 1]?.id ?? null)
      : null;
  const block =
    running && currentBlockIndex !== null ? scenario.blocks[currentBlockIndex] : undefined;
  const run = block ? view.runs[block.id] : undefined;
  // Only a block where the console may know who answered gets marks in the participant list.
  const answeredBy =
    block && run && takesAnswers(block) && !isAnonymous(block) ? run.answeredBy : null;

  useConsoleShortcuts({
    enabled: !readOnly,
    next: () => {
      if (nextBlockId) void send({ type: 'block.goto', blockId: nextBlockId });
    },
    previous: () => {
      if (previousBlockId) void send({ type: 'block.goto', blockId: previousBlockId });
    },
    toggleTimer: () => {
      const type = running ? timerToggle(view.timer) : null;
      if (type) void send({ type });
    },
    toggleLock: () => {
      if (!block || !run || !takesAnswers(block)) return;
      void send({ type: run.locked ? 'answers.unlock' : 'answers.lock', blockId: block.id });
    },
    toggleReveal: () => {
      if (!block || !run || !hasChart(block)) return;
      void send({ type: run.revealed ? 'results.hide' : 'results.reveal', blockId: block.id });
    },
    toggleHelp: () => setHelpOpen((open) => !open),
  });

  return (
    <ConsoleFrame readOnly={readOnly}>
      <ContentLanguage.Provider value={view.room.language}>
        <div className="console">
          {readOnly ? null : <ErrorNotice />}
          <ConsoleHeader view={view} showBack={!readOnly} />

          <div className="console__layout">
            <div className="console__stage">
              <section className="panel console__controls" aria-labelledby="controls-heading">
                <div className="console__controls-head">
                  <h2 id="controls-heading">{t('console.controls')}</h2>
                  {readOnly ? null : (
                    <ShortcutHelp open={helpOpen} onToggle={() => setHelpOpen((open) => !open)} />
                  )}
                </div>
                <div className="console__controls-body">
                  {readOnly ? null : (
                    <SessionControls
                      status={room.status}
                      previousBlockId={previousBlockId}
                      nextBlockId={nextBlockId}
                      send={send}
                    />
                  )}
                  {running && view.timer ? (
                    <TimerControls
                      timer={view.timer}
                      send={send}
                      returned={returnedToBlock(view)}
                      autoStart={block?.autoStartTimer === true}
                    />
                  ) : null}
                </div>
                {room.status === 'lobby' ? <p className="muted">{t('console.lobbyHint')}</p> : null}
                {room.status === 'ended' ? (
                  <p data-testid="console-ended">{t('console.ended')}</p>
                ) : null}
              </section>

              {running ? (
                <div
                  className="console__split"
                  data-wide={view.rounds.length > 1 || block?.kind === 'roles'}
                >
                  <section className="panel console__notes" aria-label={t('console.currentBlock')}>
                    <CurrentBlockPanel view={view} />
                  </section>
                  <ActivityPanel view={view} send={send} />
                </div>
              ) : null}
            </div>

            <div className="console__side">
              <section className="panel" aria-labelledby="agenda-heading">
                <h2 id="agenda-heading">{t('console.agenda')}</h2>
                <Agenda
                  view={view}
                  onGoto={(blockId) => void send({ type: 'block.goto', blockId })}
                />
              </section>

              <section className="panel" aria-labelledby="participants-heading">
                <h2 id="participants-heading">{t('console.participants')}</h2>
                <ParticipantList participants={view.participants} answeredBy={answeredBy} />
              </section>

              {room.status !== 'ended' && !readOnly ? (
                <section className="panel console__end">
                  <EndSessionControl send={send} />
                </section>
              ) : null}
            </div>
          </div>
        </div>
      </ContentLanguage.Provider>
    </ConsoleFrame>
  );
}

/** The live console fills a page of its own; a replay places it beside the presenter screen. */
function ConsoleFrame({ readOnly, children }: { readOnly: boolean; children: ReactNode }) {
  if (readOnly) return children;
  return (
    <Page wide aside={<ConnectionIndicator />}>
      {children}
    </Page>
  );
}

/** Whether the room has been on the current block before this visit. */
function returnedToBlock(view: FacilitatorView): boolean {
  const index = view.currentBlockIndex;
  return index !== null && view.visits.filter((visit) => visit.blockIndex === index).length > 1;
}
