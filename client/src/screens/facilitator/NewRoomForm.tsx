import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import {
  API,
  PATHS,
  RoomSummarySchema,
  type CreateRoomRequest,
  type ProgrammeSummary,
  type RoomSummary,
  type ScenarioSummary,
} from '@samenspel/shared';
import { Markdown } from '../../components/Markdown';
import { errorKey } from '../../i18n/errors';
import { useLanguage } from '../../i18n/language';
import { useT } from '../../i18n/useT';
import { apiRequest } from '../../net/http';
import { dateTimeFormat } from '../library/format';
import { listProgrammes } from '../studio/studioApi';

/** An own programme's value in the list; template ids never hold a colon. */
const OWN = 'own:';

interface NewRoomFormProps {
  token: string;
  scenarios: ScenarioSummary[];
  onCreated: (room: RoomSummary) => void;
  onUnauthorized: () => void;
}

/** The trainer's own programmes from the studio, newest change first; none while they load or fail. */
function useOwnProgrammes(token: string): ProgrammeSummary[] {
  const [own, setOwn] = useState<ProgrammeSummary[]>([]);
  useEffect(() => {
    let current = true;
    void listProgrammes(token).then((result) => {
      if (current && result.ok) {
        setOwn([...result.data.own].sort((a, b) => b.latest.savedAt - a.latest.savedAt));
      }
    });
    return () => {
      current = false;
    };
  }, [token]);
  return own;
}

/**
 * Pick a programme (a shipped template, or one of the trainer's own from the studio, at its
 * latest version), name the group if you like, and a room with a join code is ready. An own
 * programme with problems is listed but cannot be chosen: the studio says what to fix.
 */
export function NewRoomForm({ token, scenarios, onCreated, onUnauthorized }: NewRoomFormProps) {
  const t = useT();
  const id = useId();
  const language = useLanguage((state) => state.language);
  const own = useOwnProgrammes(token);
  const [scenarioId, setScenarioId] = useState(() => scenarios[0]?.id ?? '');
  const [groupName, setGroupName] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  if (scenarios.length === 0) return <p>{t('facilitator.noScenarios')}</p>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    const trimmed = groupName.trim();
    const chosenOwn = own.find((programme) => `${OWN}${programme.id}` === scenarioId);
    const source = chosenOwn
      ? { programme: { id: chosenOwn.id, version: chosenOwn.latest.version } }
      : { scenarioId };
    const body: CreateRoomRequest = trimmed.length > 0 ? { ...source, groupName: trimmed } : source;
    const result = await apiRequest(API.rooms, {
      method: 'POST',
      token,
      body,
      schema: RoomSummarySchema,
    });
    setBusy(false);
    if (result.ok) {
      setGroupName('');
      onCreated(result.data);
    } else if (result.status === 401) {
      onUnauthorized();
    } else {
      setProblem(result.error ? t(errorKey(result.error.code)) : t('facilitator.loadFailed'));
    }
  };

  const selected = scenarios.find((scenario) => scenario.id === scenarioId);
  const selectedOwn = own.find((programme) => `${OWN}${programme.id}` === scenarioId);
  const when = dateTimeFormat(language);
  return (
    <div className="new-room">
      <form className="stack narrow" onSubmit={submit} data-testid="new-room-form">
        <div className="field">
          <label htmlFor={`${id}-scenario`} className="field__label">
            {t('facilitator.scenario')}
          </label>
          <select
            id={`${id}-scenario`}
            className="input"
            value={scenarioId}
            onChange={(event) => setScenarioId(event.target.value)}
            aria-describedby={`${id}-scenario-meta`}
            data-testid="new-room-scenario"
          >
            <optgroup label={t('studio.list.templates')}>
              {scenarios.map((scenario) => (
                <option key={scenario.id} value={scenario.id}>
                  {scenario.title}
                </option>
              ))}
            </optgroup>
            {own.length > 0 ? (
              <optgroup label={t('studio.list.own')}>
                {own.map((programme) => (
                  <option
                    key={programme.id}
                    value={`${OWN}${programme.id}`}
                    disabled={programme.latest.problemCount > 0}
                    data-testid="new-room-own"
                  >
                    {programme.latest.problemCount > 0
                      ? t('studio.list.ownOptionBlocked', {
                          title: programme.title,
                          count: programme.latest.problemCount,
                        })
                      : t('studio.list.ownOption', {
                          title: programme.title,
                          version: programme.latest.version,
                          time: when.format(programme.latest.savedAt),
                        })}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
          {selectedOwn ? (
            <p id={`${id}-scenario-meta`} className="field__hint">
              {t('facilitator.scenarioMeta', {
                minutes: selectedOwn.minutes,
                blocks: selectedOwn.blockCount,
              })}
            </p>
          ) : null}
          {own.some((programme) => programme.latest.problemCount > 0) ? (
            <p className="field__hint">
              {t('studio.list.blockedHint')}{' '}
              <Link to={PATHS.studio}>{t('studio.list.toStudio')}</Link>
            </p>
          ) : null}
          {selected ? (
            <p id={`${id}-scenario-meta`} className="field__hint">
              {t('facilitator.scenarioMeta', {
                minutes: selected.minutes,
                blocks: selected.blockCount,
              })}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={`${id}-group`} className="field__label">
            {t('facilitator.groupName')}
          </label>
          <input
            id={`${id}-group`}
            className="input"
            value={groupName}
            maxLength={120}
            onChange={(event) => setGroupName(event.target.value)}
            aria-describedby={`${id}-group-hint`}
            data-testid="new-room-group"
          />
          <p id={`${id}-group-hint`} className="field__hint">
            {t('facilitator.groupNameHint')}
          </p>
        </div>
        {problem ? (
          <p className="field__error" role="alert">
            {problem}
          </p>
        ) : null}
        <button
          type="submit"
          className="button button--primary"
          disabled={busy || scenarioId === ''}
          data-testid="new-room-submit"
        >
          {busy ? t('facilitator.creating') : t('facilitator.create')}
        </button>
      </form>
      {/* Beside the form on a laptop, below it on a phone: the form stays at the top. */}
      {selected?.description ? (
        <section className="new-room__about" aria-labelledby={`${id}-about`}>
          <h3 id={`${id}-about`}>{t('facilitator.description')}</h3>
          <Markdown
            text={selected.description}
            headingLevel={4}
            className="new-room__description"
            testId="scenario-description"
          />
        </section>
      ) : null}
    </div>
  );
}
