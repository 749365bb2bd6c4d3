import { useT } from '../../i18n/useT';
import './charts.css';

export interface PollChartProps {
  options: ReadonlyArray<{ id: string; label: string }>;
  counts: Readonly<Record<string, number>>;
  respondents: number;
  theme?: 'light' | 'dark';
  /**
   * Bars as a share of the respondents instead of relative to the largest option, so charts of
   * several rounds side by side can be compared by eye.
   */
  comparable?: boolean;
}

/**
 * A vote's tally as horizontal bars: each bar is labelled with the option, the count and the
 * share, so it reads without colour and without the picture.
 */
export function PollChart({
  options,
  counts,
  respondents,
  theme = 'light',
  comparable = false,
}: PollChartProps) {
  const t = useT();
  const max = comparable
    ? Math.max(1, respondents)
    : Math.max(1, ...options.map((o) => counts[o.id] ?? 0));
  return (
    <div className={`bars bars--${theme}`} data-testid="poll-chart">
      <ul className="bars__list">
        {options.map((option) => {
          const count = counts[option.id] ?? 0;
          const percent = respondents > 0 ? Math.round((count / respondents) * 100) : 0;
          return (
            <li
              key={option.id}
              className="bars__row"
              data-testid="poll-bar"
              data-option-id={option.id}
              data-count={count}
            >
              <span className="bars__label">{option.label}</span>
              <span className="bars__track" aria-hidden="true">
                <span className="bars__fill" style={{ width: `${(count / max) * 100}%` }} />
              </span>
              <span className="bars__value">{t('poll.count', { count, percent })}</span>
            </li>
          );
        })}
      </ul>
      {/* What a bar and its figure mean, so "2 (67%)" reads without explanation. */}
      <p className="bars__legend" data-testid="chart-legend">
        <span className="bars__key" aria-hidden="true" />
        {t('poll.legend')}
      </p>
      <p className="bars__note">{t('poll.respondents', { count: respondents })}</p>
    </div>
  );
}
