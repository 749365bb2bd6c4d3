import { Fragment, useId, type ReactNode } from 'react';
import {
  firstBlockOf,
  formatDuration,
  meetingCount,
  meetingOf,
  type FacilitatorView,
} from '@samenspel/shared';
import { useServerNow } from '../../hooks/useServerNow';
import { useLanguage } from '../../i18n/language';
import { useT } from '../../i18n/useT';
import { actualMsPerBlock } from '../../lib/agenda';
import { clockTime } from './agenda/clockTime';
import { plannedStarts } from './agenda/schedule';
import { ScheduleSummary } from './agenda/ScheduleSummary';

interface AgendaProps {
  view: FacilitatorView;
  onGoto: (blockId: string) => void;
}

/** A block counts as overrun once it took this much longer than planned: a few seconds is noise. */
const OVERRUN_MARGIN_MS = 30_000;

/**
 * All blocks with planned against actual time, the planned start of each from the real session
 * start, and the forecast end on top. While running, click a block to go there.
 */
export function Agenda({ view, onGoto }: AgendaProps) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const now = useServerNow(1000);
  const timesId = useId();
  // Resting between meetings, no block is on: nothing to go to until the next meeting starts.
  const running =
    view.room.status === 'running' && (view.room.meeting?.restingSince ?? null) === null;
  const meetingNow = view.room.meeting?.number ?? 1;
  const actual = actualMsPerBlock(view.visits, view.room.endedAt ?? now);
  const starts = plannedStarts(view);
  const meetings = meetingCount(view.scenario);
  return (
    <>
      <ScheduleSummary view={view} now={now} />
      {running ? <p className="muted small">{t('console.gotoHint')}</p> : null}
      <ol className="agenda" data-testid="agenda">
        {view.scenario.blocks.map((block, index) => {
          const current = index === view.currentBlockIndex && running;
          const spent = actual.get(index);
          const start = starts[index];
          const overMs = spent === undefined ? 0 : spent - block.minutes * 60_000;
          const overrun = overMs > OVERRUN_MARGIN_MS;
          const meeting = meetingOf(block);
          const opensMeeting =
            meetings > 1 &&
            (index === 0 || meetingOf(view.scenario.blocks[index - 1]!) !== meeting);
          return (
            <Fragment key={block.id}>
              {opensMeeting ? (
                <MeetingHeading
                  title={view.scenario.meetings?.[meeting - 1]?.title ?? ''}
                  state={meetingState(view, meeting)}
                />
              ) : null}
              <li
                className={current ? 'agenda__item agenda__item--current' : 'agenda__item'}
                data-testid="agenda-item"
                data-block-id={block.id}
                data-current={current}
                data-visited={spent !== undefined}
                data-planned-start={start}
              >
                <button
                  type="button"
                  className="agenda__button"
                  // The room moves only within the meeting it is in.
                  disabled={!running || current || meetingOf(block) !== meetingNow}
                  aria-current={current ? 'step' : undefined}
                  aria-label={t('console.goto', { title: block.title })}
                  // The label names the block; the times are read as its description.
                  aria-describedby={
                    start !== undefined
                      ? `${timesId}-${index}-start ${timesId}-${index}`
                      : `${timesId}-${index}`
                  }
                  onClick={() => onGoto(block.id)}
                >
                  {/* Numbered within its meeting, as the phones and the projector count. */}
                  <span className="agenda__index">
                    {index - (meetings > 1 ? firstBlockOf(view.scenario, meeting) : 0) + 1}
                  </span>
                  <span className="agenda__title">
                    {block.title}
                    <span className="agenda__kind"> · {t(`kind.${block.kind}`)}</span>
                  </span>
                  {start !== undefined ? (
                    <span
                      className="agenda__start"
                      id={`${timesId}-${index}-start`}
                      data-testid="agenda-planned-start"
                    >
                      <span className="visually-hidden">
                        {t('console.schedule.startsAt', { time: clockTime(start, language) })}
                      </span>
                      <span aria-hidden="true">{clockTime(start, language)}</span>
                    </span>
                  ) : null}
                  <span className="agenda__time" id={`${timesId}-${index}`}>
                    {t('console.planned', { minutes: block.minutes })}
                    {spent !== undefined ? (
                      <span
                        className={
                          overrun ? 'agenda__actual agenda__actual--over' : 'agenda__actual'
                        }
                        data-testid="agenda-actual"
                        data-actual-ms={spent}
                      >
                        {' · '}
                        {t('console.actual', { time: formatDuration(spent) })}
                        {overrun
                          ? ` (${t('console.schedule.over', { minutes: Math.round(overMs / 60_000) || 1 })})`
                          : null}
                      </span>
                    ) : null}
                    {current ? (
                      <strong className="agenda__now"> · {t('console.current')}</strong>
                    ) : null}
                  </span>
                </button>
              </li>
            </Fragment>
          );
        })}
      </ol>
    </>
  );
}

type MeetingState = 'done' | 'now' | 'resting' | 'later';

/** Where the cohort is with a meeting: behind it, in it, just closed it, or still to come. */
function meetingState(view: FacilitatorView, meeting: number): MeetingState {
  const current = view.room.meeting?.number ?? 1;
  if (view.room.status === 'ended' || meeting < current) return 'done';
  if (meeting > current || view.room.status === 'lobby') return 'later';
  return (view.room.meeting?.restingSince ?? null) === null ? 'now' : 'resting';
}

/** A meeting's title above its blocks, in a programme of several days. */
function MeetingHeading({ title, state }: { title: string; state: MeetingState }): ReactNode {
  const t = useT();
  return (
    <li className={`agenda__meeting agenda__meeting--${state}`} data-testid="agenda-meeting">
      <h3 className="agenda__meeting-title">
        {title}
        <span className="agenda__meeting-state"> · {t(`console.agenda.meeting.${state}`)}</span>
      </h3>
    </li>
  );
}
