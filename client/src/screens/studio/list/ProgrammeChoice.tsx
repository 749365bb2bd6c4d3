import { useMemo } from 'react';
import { Link } from '../../../router/Router';
import { PATHS, type ProgrammeSummary, type ScenarioSummary } from '@samenspel/shared';
import { useLanguage } from '../../../i18n/language';
import { useT } from '../../../i18n/useT';
import { dateTimeFormat } from '../../library/format';
import { canStartSession, ownChoice, ownOf } from './roomChoice';
import './list.css';

interface ProgrammeChoiceProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  scenarios: readonly ScenarioSummary[];
  own: readonly ProgrammeSummary[];
  /** The own programmes could not be loaded: the templates are there all the same. */
  ownFailed: boolean;
}

/**
 * The programme a new session runs: the shipped templates, and the trainer's own programmes with
 * their last change. A draft with problems is there, but cannot be chosen; it says why and where
 * to fix it.
 */
export function ProgrammeChoice({
  id,
  value,
  onChange,
  scenarios,
  own,
  ownFailed,
}: ProgrammeChoiceProps) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const dateFormat = useMemo(() => dateTimeFormat(language), [language]);
  const blocked = own.filter((programme) => !canStartSession(programme));
  const template = scenarios.find((scenario) => scenario.id === value);
  const programme = ownOf(value, own);
  const templateOptions = scenarios.map((scenario) => (
    <option key={scenario.id} value={scenario.id}>
      {scenario.title}
    </option>
  ));
  const describedBy = [
    `${id}-meta`,
    blocked.length > 0 ? `${id}-blocked` : null,
    ownFailed ? `${id}-own-failed` : null,
  ]
    .filter((part) => part !== null)
    .join(' ');

  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {t('facilitator.scenario')}
      </label>
      <select
        id={id}
        className="input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy}
        data-testid="new-room-scenario"
      >
        {/* Without own programmes there is nothing to tell apart: the plain list as before. */}
        {own.length === 0 ? (
          templateOptions
        ) : (
          <>
            <optgroup label={t('studio.room.templates')}>{templateOptions}</optgroup>
            <optgroup label={t('studio.room.own')}>
              {own.map((p) => (
                <option
                  key={p.id}
                  value={ownChoice(p)}
                  disabled={!canStartSession(p)}
                  data-testid="new-room-own-option"
                >
                  {canStartSession(p)
                    ? t('studio.room.ownOption', {
                        title: p.title,
                        date: dateFormat.format(p.latest.savedAt),
                      })
                    : t('studio.room.ownOptionBlocked', { title: p.title })}
                </option>
              ))}
            </optgroup>
          </>
        )}
      </select>
      <p id={`${id}-meta`} className="field__hint" data-testid="new-room-scenario-meta">
        {template
          ? t('facilitator.scenarioMeta', {
              minutes: template.minutes,
              blocks: template.blockCount,
            })
          : programme
            ? t('studio.room.ownMeta', {
                minutes: programme.minutes,
                blocks: programme.blockCount,
                version: programme.latest.version,
                date: dateFormat.format(programme.latest.savedAt),
              })
            : null}
      </p>
      {blocked.length > 0 ? (
        <ul id={`${id}-blocked`} className="new-room__blocked" data-testid="new-room-blocked">
          {blocked.map((p) => (
            <li key={p.id} data-programme-id={p.id}>
              {t('studio.room.blocked', { title: p.title })} —{' '}
              <Link to={PATHS.studioProgramme(p.id)}>{t('studio.room.fix')}</Link>
            </li>
          ))}
        </ul>
      ) : null}
      {ownFailed ? (
        <p id={`${id}-own-failed`} className="field__hint" data-testid="new-room-own-failed">
          {t('studio.room.ownFailed')}
        </p>
      ) : null}
    </div>
  );
}
