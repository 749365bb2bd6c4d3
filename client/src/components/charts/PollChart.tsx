import { shareOfRespondents, wholePercent } from '@samenspel/shared';
import { useT } from '../../i18n/useT';
import './charts.css';

export interface PollChartProps {
  options: ReadonlyArray<{ id: string; label: string }>;
  counts: Readonly<Record<string, number>>;
  respondents: number;
  theme?: 'light' | 'dark';
}

/**
 * A vote's tally as horizontal bars: each bar is labelled with the option, the count and the
 * share, so it reads without colour and without the picture. Every bar is its share of the
 * respondents on an axis to 100% (`shareOfRespondents`), here as everywhere else.
 */
export function PollChart({ options, counts, respondents, theme = 'light' }: PollChartProps) {
  const t = useT();
  return (
    <div className={`bars bars--${theme}`} data-testid="poll-chart">
      <ul className="bars__list">
        {options.map((option) => {
          const count = counts[option.id] ?? 0;
          const share = shareOfRespondents(count, respondents);
          const percent = wholePercent(share);
          return (
            <li
              key={option.id}
              className="bars__row"
              data-testid="poll-bar"
              data-option-id={option.id}
              data-count={count}
              data-share={percent}
            >
              <span className="bars__label">{option.label}</span>
              <span className="bars__track" aria-hidden="true">
                <span className="bars__fill" style={{ width: `${share * 100}%` }} />
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
