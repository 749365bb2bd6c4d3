import { useT } from '../../../i18n/useT';
import { formatClock, type RunSheetTotals } from './runSheet';

interface TargetLineProps {
  totals: RunSheetTotals;
  endMinute: number;
}

/** The total against the programme's target, said in words, so "over" needs no arithmetic. */
export function TargetLine({ totals, endMinute }: TargetLineProps) {
  const t = useT();
  const state = totals.difference > 0 ? 'over' : totals.difference < 0 ? 'under' : 'on';
  return (
    <div
      className={`runsheet__target runsheet__target--${state}`}
      aria-live="polite"
      aria-atomic="true"
      data-testid="runsheet-target"
      data-state={state}
    >
      <p className="runsheet__total" data-testid="runsheet-total">
        {t('studio.planner.runsheet.total', { total: totals.total, target: totals.target })}
      </p>
      <p className="runsheet__difference" data-testid="runsheet-difference">
        {state === 'on'
          ? t('studio.planner.runsheet.onTarget')
          : t(`studio.planner.runsheet.${state}`, { minutes: Math.abs(totals.difference) })}
      </p>
      <p className="runsheet__end muted">
        {t('studio.planner.runsheet.ends', { end: formatClock(endMinute) })}
      </p>
    </div>
  );
}
