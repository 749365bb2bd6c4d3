import { useId } from 'react';
import { useT } from '../../../i18n/useT';
import { DEFAULT_START, parseClock } from './runSheet';

interface StartTimeFieldProps {
  value: string;
  onChange: (text: string) => void;
}

/** The start time of day the sheet counts from; a time input gives phones their own picker. */
export function StartTimeField({ value, onChange }: StartTimeFieldProps) {
  const t = useT();
  const id = useId();
  const invalid = parseClock(value) === null;
  return (
    <div className="field runsheet__start">
      <label className="field__label" htmlFor={id}>
        {t('studio.planner.runsheet.start')}
      </label>
      <input
        id={id}
        className="input"
        type="time"
        value={value}
        aria-invalid={invalid}
        aria-describedby={`${id}-hint`}
        data-testid="runsheet-start"
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-hint`} className={invalid ? 'field__error' : 'field__hint'}>
        {invalid
          ? t('studio.planner.runsheet.startInvalid', { start: DEFAULT_START })
          : t('studio.planner.runsheet.startHint')}
      </p>
    </div>
  );
}
