import { ContentLanguage } from '../../components/contentLanguage';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { meetingOf, rulesOf, type Block, type FacilitatorView } from '@samenspel/shared';
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
import { EndedPanel } from './EndedPanel';
import { MeetingControls } from './MeetingControls';
import { JoinsControl } from './JoinsControl';
import { PeoplePanel } from './PeoplePanel';
import { EndSessionControl, SessionControls } from './SessionControls';
import { ShortcutHelp } from './ShortcutHelp';
import { TimerControls } from './TimerControls';
import { useConsoleShortcuts } from './useConsoleShortcuts';
import { useKeepInView } from './useKeepInView';
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
 * room is doing now, and the agenda and the people along the side. On a laptop the live console
 * fills the window and each column scrolls by itself (console.css), so nothing the facilitator
 * needs lies a long way down the page.
 */
export function Console({ view, send, readOnly = false }: ConsoleProps) {
  const t = useT();
  const [helpOpen, setHelpOpen] = useState(false);
  const { room, scenario, currentBlockIndex } = view;
  // Between two meetings the room rests: no block is on, as before the session starts.
  const running = room.status === 'running' && (room.meeting?.restingSince ?? null) === null;
  // Neighbours by id, within the meeting: a jump to a named block is harmless to repeat after a
  // reconnect, and the next meeting comes after a rest.
  const neighbour = (offset: number) => {
    if (!running || currentBlockIndex === null) return null;
    const here = scenario.blocks[currentBlockIndex];
    const there = scenario.blocks[currentBlockIndex + offset];
    return here && there && meetingOf(here) === meetingOf(there) ? there.id : null;
  };
  const previousBlockId = neighbour(-1);
  const nextBlockId = neighbour(1);
  const block =
    running && currentBlockIndex !== null ? scenario.blocks[currentBlockIndex] : undefined;
  const run = block ? view.runs[block.id] : undefined;
  // Only a block where the console may know who answered gets marks in the participant list.
  const known = block && run && takesAnswers(block) && !isAnonymous(block) ? run : null;
  const answeredBy = known ? known.answeredBy : null;
  const completeBy = known ? known.completeBy : null;

  // Stable, so the memoised participant rows are not drawn again on every update.
  const removeParticipant = useCallback(
    (participantId: string) => void send({ type: 'participant.remove', participantId }),
    [send],
  );

  const agendaBox = useRef<HTMLDivElement>(null);
  useKeepInView(agendaBox, '[data-current="true"]', running ? currentBlockIndex : null);
  // A new block is read from its top: the main column does not stay scrolled down the last one.
  const stage = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (stage.current) stage.current.scrollTop = 0;
  }, [currentBlockIndex, room.status]);

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
        <div className={readOnly ? 'console' : 'console console--live'}>
          {readOnly ? null : <ErrorNotice />}
          <div className="console__layout">
            {/* The main column: the room at a glance, then where it is and the moves on it. */}
            <div className="console__main">
              <ConsoleHeader view={view} showBack={!readOnly} />
              {/* On a laptop this part scrolls by itself, under the header. */}
              <div ref={stage} className="console__stage" data-testid="console-stage">
                <section className="panel console__controls" aria-labelledby="controls-heading">
                  <div className="console__controls-head">
                    <h2 id="controls-heading">{t('console.controls')}</h2>
                    {readOnly ? null : (
                      <ShortcutHelp open={helpOpen} onToggle={() => setHelpOpen((open) => !open)} />
                    )}
                  </div>
                  <div className="console__controls-body">
                    {readOnly || (room.status === 'running' && !running) ? null : (
                      <SessionControls
                        status={room.status}
                        previousBlockId={previousBlockId}
                        nextBlockId={nextBlockId}
                        send={send}
                      />
                    )}
                    {readOnly ? null : <MeetingControls view={view} send={send} />}
                    {running && view.timer ? (
                      <TimerControls
                        timer={view.timer}
                        send={send}
                        returned={returnedToBlock(view)}
                        autoStart={block?.autoStartTimer === true}
                      />
                    ) : null}
                  </div>
                  {room.status === 'lobby' ? (
                    <p className="muted">{t('console.lobbyHint')}</p>
                  ) : null}
                  {room.status === 'ended' ? (
                    <EndedPanel roomId={room.roomId} readOnly={readOnly} />
                  ) : null}
                </section>

                {running ? (
                  <div
                    className="console__split"
                    data-wide={view.rounds.length > 1 || block?.kind === 'roles'}
                    data-quiet={block ? quietBlock(block) : false}
                  >
                    <section
                      className="panel console__notes"
                      aria-label={t('console.currentBlock')}
                    >
                      <CurrentBlockPanel view={view} />
                    </section>
                    <ActivityPanel view={view} send={send} />
                  </div>
                ) : null}
              </div>
            </div>

            {/* The side column, from the top: the agenda in a box of its own, who is in, the end. */}
            <div className="console__side" data-testid="console-side">
              <section className="panel console__agenda" aria-labelledby="agenda-heading">
                <h2 id="agenda-heading">{t('console.agenda')}</h2>
                {/*
                  Live, a box of its own, focusable so a keyboard can scroll it when its buttons
                  are all disabled. A replay's console scrolls as a whole, in its own pane.
                */}
                <div
                  ref={agendaBox}
                  className={readOnly ? undefined : 'console__scroll console__agenda-scroll'}
                  tabIndex={readOnly ? undefined : 0}
                  role={readOnly ? undefined : 'group'}
                  aria-label={readOnly ? undefined : t('console.agendaScroll')}
                  data-testid="agenda-scroll"
                >
                  <Agenda
                    view={view}
                    onGoto={(blockId) => void send({ type: 'block.goto', blockId })}
                  />
                </div>
              </section>

              <PeoplePanel
                ownScroll={!readOnly}
                participants={view.participants}
                answeredBy={answeredBy}
                completeBy={completeBy}
                tools={<JoinsControl room={room} send={send} readOnly={readOnly} />}
                onRemove={readOnly || room.status === 'ended' ? undefined : removeParticipant}
                sessionActions={
                  room.status !== 'ended' && !readOnly ? <EndSessionControl send={send} /> : null
                }
              />
            </div>
          </div>
        </div>
      </ContentLanguage.Provider>
    </ConsoleFrame>
  );
}

/** A block where the phones do nothing: its notes are what the facilitator reads, so they get the room. */
function quietBlock(block: Block): boolean {
  return !takesAnswers(block) && !rulesOf(block.kind).consoleActivity;
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
