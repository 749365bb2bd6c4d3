import { useId } from 'react';
import { IDEAL_TYPES, type IdealType, type PerType } from '@samenspel/shared';
import { useT } from '../../i18n/useT';
import { CORNERS, nearestType, percentages, ternaryPoint } from './ternary';
import './charts.css';

export interface TernaryChartProps {
  /** Accessible name of the chart. */
  title: string;
  /** Everyone's points, anonymous. */
  points?: readonly PerType[];
  /** One's own profile, drawn larger and named "you". */
  you?: PerType | null;
  /** The group's average, drawn as a ring. */
  mean?: PerType | null;
  /**
   * The group's average at an earlier measurement (the same list on day one), drawn as a dashed
   * ring with an arrow to today's: the group's shift, then and now.
   */
  earlierMean?: PerType | null;
  /** Light for phones and the console, dark for the projector. */
  theme?: 'light' | 'dark';
}

/**
 * The three ideal types as a triangle: each corner one type, each point a profile placed by its
 * shares. Shapes, labels and a text description carry the meaning, never colour alone.
 */
export function TernaryChart({
  title,
  points = [],
  you = null,
  mean = null,
  earlierMean = null,
  theme = 'light',
}: TernaryChartProps) {
  const t = useT();
  const descriptionId = useId();
  const corners = IDEAL_TYPES.map((type) => CORNERS[type]);
  const outline = corners.map((c) => `${c.x},${c.y}`).join(' ');
  const centre = ternaryPoint({ bureaucraat: 1, ondernemer: 1, verbinder: 1 });
  const nearest = countNearest(points);

  return (
    <figure className={`ternary ternary--${theme}`} data-testid="ternary-chart">
      <svg
        viewBox="0 0 100 92"
        role="img"
        aria-labelledby={`${descriptionId}-title`}
        aria-describedby={descriptionId}
      >
        <title id={`${descriptionId}-title`}>{title}</title>
        <polygon className="ternary__area" points={outline} />
        {IDEAL_TYPES.map((type) => (
          <line
            key={type}
            className="ternary__grid"
            x1={centre.x}
            y1={centre.y}
            x2={CORNERS[type].x}
            y2={CORNERS[type].y}
          />
        ))}
        {points.map((share, i) => {
          const p = ternaryPoint(share);
          return (
            <circle
              key={i}
              className="ternary__member"
              cx={p.x}
              cy={p.y}
              r={1.8}
              data-testid="ternary-point"
            />
          );
        })}
        {earlierMean && <EarlierRing share={earlierMean} towards={mean} />}
        {mean && <MeanRing share={mean} />}
        {you && <YouMarker share={you} />}
        {IDEAL_TYPES.map((type) => (
          <CornerLabel key={type} type={type} label={t(`type.${type}`)} />
        ))}
      </svg>
      <figcaption id={descriptionId} className="ternary__caption">
        {you && <p data-testid="ternary-you">{t('ternary.describe.profile', percentages(you))}</p>}
        {mean && <p data-testid="ternary-mean">{t('ternary.describe.mean', percentages(mean))}</p>}
        {earlierMean && (
          <p data-testid="ternary-earlier">
            {t('ternary.describe.earlier', percentages(earlierMean))}
          </p>
        )}
        {points.length > 0 && (
          <p data-testid="ternary-spread">
            {t('ternary.describe.spread', { count: points.length, ...nearest })}
          </p>
        )}
        {!you && !mean && points.length === 0 && <p>{t('ternary.empty')}</p>}
        <ul className="ternary__legend" data-testid="chart-legend" aria-hidden="true">
          {you && (
            <li>
              <span className="ternary__key ternary__key--you" />
              {t('ternary.legend.you')}
            </li>
          )}
          {points.length > 0 && (
            <li>
              <span className="ternary__key ternary__key--member" />
              {t('ternary.legend.member')}
            </li>
          )}
          {mean && (
            <li>
              <span className="ternary__key ternary__key--mean" />
              {t('ternary.legend.mean')}
            </li>
          )}
          {earlierMean && (
            <li>
              <span className="ternary__key ternary__key--earlier" />
              {t('ternary.legend.earlier')}
            </li>
          )}
        </ul>
      </figcaption>
    </figure>
  );
}

function CornerLabel({ type, label }: { type: IdealType; label: string }) {
  const corner = CORNERS[type];
  const below = corner.y > 50;
  return (
    <text
      className={`ternary__label ternary__label--${type}`}
      x={corner.x}
      y={below ? corner.y + 6.5 : corner.y - 2.5}
      textAnchor={type === 'ondernemer' ? 'start' : type === 'verbinder' ? 'end' : 'middle'}
    >
      {label}
    </text>
  );
}

function YouMarker({ share }: { share: PerType }) {
  const p = ternaryPoint(share);
  const s = 3.6;
  // A diamond, so "you" differs from the dots by shape, not only by colour.
  return (
    <polygon
      className="ternary__you"
      data-testid="ternary-you-marker"
      points={`${p.x},${p.y - s} ${p.x + s},${p.y} ${p.x},${p.y + s} ${p.x - s},${p.y}`}
    />
  );
}

function MeanRing({ share }: { share: PerType }) {
  const p = ternaryPoint(share);
  return (
    <circle className="ternary__mean" cx={p.x} cy={p.y} r={3.4} data-testid="ternary-mean-marker" />
  );
}

function EarlierRing({ share, towards }: { share: PerType; towards: PerType | null }) {
  const p = ternaryPoint(share);
  const q = towards ? ternaryPoint(towards) : null;
  const length = q ? Math.hypot(q.x - p.x, q.y - p.y) : 0;
  // The arrow runs from the rim of the ring then to the rim of the ring now, where they are apart.
  const arrow =
    q && length > 7
      ? {
          x1: p.x + ((q.x - p.x) / length) * 3.4,
          y1: p.y + ((q.y - p.y) / length) * 3.4,
          x2: q.x - ((q.x - p.x) / length) * 4.2,
          y2: q.y - ((q.y - p.y) / length) * 4.2,
        }
      : null;
  return (
    <g data-testid="ternary-earlier-marker">
      <circle className="ternary__earlier" cx={p.x} cy={p.y} r={3.4} />
      {arrow ? <line className="ternary__shift" {...arrow} /> : null}
      {arrow ? <polygon className="ternary__shift-head" points={arrowHead(arrow)} /> : null}
    </g>
  );
}

/** A small filled triangle at the arrow's end, pointing along it: the direction of the shift. */
function arrowHead(line: { x1: number; y1: number; x2: number; y2: number }): string {
  const dx = line.x2 - line.x1;
  const dy = line.y2 - line.y1;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const size = 1.8;
  const base = { x: line.x2 - ux * size, y: line.y2 - uy * size };
  const corner = (side: number) =>
    `${base.x - uy * size * 0.7 * side},${base.y + ux * size * 0.7 * side}`;
  return `${line.x2},${line.y2} ${corner(1)} ${corner(-1)}`;
}

function countNearest(points: readonly PerType[]): Record<IdealType, number> {
  const counts: Record<IdealType, number> = { bureaucraat: 0, ondernemer: 0, verbinder: 0 };
  for (const share of points) counts[nearestType(share)] += 1;
  return counts;
}
