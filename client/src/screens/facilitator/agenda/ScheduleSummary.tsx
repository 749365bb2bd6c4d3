import type { FacilitatorView } from '@samenspel/shared';
import { useLanguage } from '../../../i18n/language';
import { useT } from '../../../i18n/useT';
import { clockTime } from './clockTime';
import { forecastEnd, plannedEnd, scheduleDeltaMinutes } from './schedule';

interface ScheduleSummaryProps {
  view: FacilitatorView;
  now: number;
}

/**
 * Where the session stands against the clock: the forecast end as a time of day and how far
 * ahead or behind the programme that is. Before the start there is only the planned length.
 */
export function ScheduleSummary({ view, now }: ScheduleSummaryProps) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const totalMinutes = view.scenario.blocks.reduce((sum, b) => sum + b.minutes, 0);
  const planned = plannedEnd(view);
  const ended = view.room.status === 'ended';
  const end = ended ? view.room.endedAt : forecastEnd(view, now);

  if (planned === null || end === null) {
    return (
      <p className="console-schedule console-schedule--idle" data-testid="schedule-planned-total">
        {t('console.schedule.total', { minutes: totalMinutes })}
      </p>
    );
  }
  const delta = scheduleDeltaMinutes(end, planned);
  const state = delta > 0 ? 'behind' : delta < 0 ? 'ahead' : 'on';
  return (
    <div className={`console-schedule console-schedule--${state}`} data-testid="schedule">
      <p className="console-schedule__end">
        <span className="console-schedule__label">
          {ended ? t('console.schedule.endedAt') : t('console.schedule.forecast')}
        </span>{' '}
        <strong
          className="console-schedule__time"
          data-testid="forecast-end"
          data-forecast-end={end}
        >
          {clockTime(end, language)}
        </strong>
      </p>
      <p
        className="console-schedule__delta"
        data-testid="schedule-delta"
        data-delta-minutes={delta}
        data-state={state}
      >
        <span aria-hidden="true" className="console-schedule__icon">
          {state === 'behind' ? '▲' : state === 'ahead' ? '▼' : '●'}
        </span>{' '}
        {state === 'behind'
          ? t('console.schedule.behind', { minutes: delta })
          : state === 'ahead'
            ? t('console.schedule.ahead', { minutes: -delta })
            : t('console.schedule.onTime')}
      </p>
      <p className="console-schedule__planned muted small">
        {t('console.schedule.plannedEnd', { time: clockTime(planned, language) })}
      </p>
    </div>
  );
}
