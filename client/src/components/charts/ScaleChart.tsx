import { useLanguage } from '../../i18n/language';
import { useT } from '../../i18n/useT';
import './charts.css';

export interface ScaleChartProps {
  statements: ReadonlyArray<{ id: string; text: string }>;
  results: Readonly<Record<string, { counts: number[]; mean: number | null }>>;
  points: number;
  theme?: 'light' | 'dark';
}

/**
 * Agree–disagree answers per statement: a stacked bar from "strongly disagree" to "strongly
 * agree", the mean in words, and the counts per point for screen readers.
 */
export function ScaleChart({ statements, results, points, theme = 'light' }: ScaleChartProps) {
  const t = useT();
  // "2,78" in a Dutch room, "2.78" in an English one: the app's language, not the device's.
  const language = useLanguage((state) => state.language);
  return (
    <div className={`scale-chart scale-chart--${theme}`} data-testid="scale-chart">
      {/* Which colour is which point: the segments run from 1 to the last point, left to right. */}
      <ul className="scale-chart__legend" data-testid="chart-legend" aria-hidden="true">
        {Array.from({ length: points }, (_, i) => (
          <li key={i} className="scale-chart__legend-item">
            <span className={`scale-chart__key scale-chart__part--${tone(i, points)}`}>
              {i + 1}
            </span>
            {i === 0 ? t('scale.disagree') : i === points - 1 ? t('scale.agree') : null}
          </li>
        ))}
      </ul>
      <ul className="scale-chart__list">
        {statements.map((statement) => {
          const result = results[statement.id];
          const counts = result?.counts ?? new Array<number>(points).fill(0);
          const total = counts.reduce((sum, n) => sum + n, 0);
          const described = counts
            .map((count, i) => t('scale.point', { value: i + 1, count }))
            .join(', ');
          return (
            <li
              key={statement.id}
              className="scale-chart__row"
              data-testid="scale-row"
              data-statement-id={statement.id}
            >
              <span className="scale-chart__text">{statement.text}</span>
              <span className="scale-chart__track" role="img" aria-label={described}>
                {counts.map((count, i) =>
                  count > 0 ? (
                    <span
                      key={i}
                      className={`scale-chart__part scale-chart__part--${tone(i, points)}`}
                      style={{ width: `${(count / Math.max(1, total)) * 100}%` }}
                    >
                      {count}
                    </span>
                  ) : null,
                )}
              </span>
              <span className="scale-chart__figures">
                <span className="scale-chart__mean" data-testid="scale-mean">
                  {result?.mean != null
                    ? t('scale.mean', { mean: result.mean.toLocaleString(language) })
                    : t('scale.noAnswers')}
                </span>
                {/* The counts per point in words too: the segments' colours are not the only key. */}
                <span className="scale-chart__counts" data-testid="scale-counts">
                  {described}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** One of five tones from disagree to agree, for 5 or 7 points alike. */
function tone(index: number, points: number): number {
  return Math.round((index / Math.max(1, points - 1)) * 4);
}
