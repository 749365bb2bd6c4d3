import { useId } from 'react';
import { useT } from '../../../i18n/useT';
import { scaleLabel } from './scaleLabels';

interface ScaleItemProps {
  statement: { id: string; text: string };
  /** Its place in a numbered list, if it is one. */
  number?: number;
  points: number;
  value: number | undefined;
  disabled: boolean;
  onChoose: (value: number) => void;
}

/**
 * One statement with its agree–disagree scale: a radio group whose numbered buttons fill the
 * width of a phone. Each point has its words for screen readers; the ends are labelled on
 * screen, and the chosen point is spelled out below, so nothing hangs on colour.
 */
export function ScaleItem({
  statement,
  number,
  points,
  value,
  disabled,
  onChoose,
}: ScaleItemProps) {
  const t = useT();
  const name = useId();
  const labelOf = (point: number) => {
    const { key, vars } = scaleLabel(point, points);
    return t(key, vars);
  };
  const values = Array.from({ length: points }, (_, i) => i + 1);
  return (
    <fieldset
      className="scale-item"
      disabled={disabled}
      data-testid="scale-statement"
      data-statement-id={statement.id}
      data-answered={value !== undefined}
    >
      <legend className="scale-item__text">
        {number !== undefined ? <span className="scale-item__number">{number}. </span> : null}
        {statement.text}
      </legend>
      <div className={`scale scale--${points}`}>
        {values.map((point) => (
          <label
            key={point}
            className="scale__choice"
            data-testid="scale-choice"
            data-value={point}
          >
            <input
              className="scale__input"
              type="radio"
              name={name}
              value={point}
              checked={value === point}
              onChange={() => onChoose(point)}
            />
            <span className="scale__face" aria-hidden="true">
              {point}
            </span>
            <span className="visually-hidden">{labelOf(point)}</span>
          </label>
        ))}
      </div>
      <div className="scale__ends" aria-hidden="true">
        <span>{t('phone.scale.stronglyDisagree')}</span>
        <span>{t('phone.scale.stronglyAgree')}</span>
      </div>
      <p className="scale-item__choice" aria-hidden="true">
        {value !== undefined
          ? t('phone.scale.choice', { label: labelOf(value) })
          : t('phone.scale.noChoice')}
      </p>
    </fieldset>
  );
}
