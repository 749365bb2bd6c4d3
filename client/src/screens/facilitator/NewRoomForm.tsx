import { useId, useState, type FormEvent } from 'react';
import {
  API,
  RoomSummarySchema,
  type CreateRoomRequest,
  type RoomSummary,
  type ScenarioSummary,
} from '@samenspel/shared';
import { Markdown } from '../../components/Markdown';
import { errorKey } from '../../i18n/errors';
import { useT } from '../../i18n/useT';
import { apiRequest } from '../../net/http';

interface NewRoomFormProps {
  token: string;
  scenarios: ScenarioSummary[];
  onCreated: (room: RoomSummary) => void;
  onUnauthorized: () => void;
}

/** Pick a scenario, name the group if you like, and a room with a join code is ready. */
export function NewRoomForm({ token, scenarios, onCreated, onUnauthorized }: NewRoomFormProps) {
  const t = useT();
  const id = useId();
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
    const body: CreateRoomRequest =
      trimmed.length > 0 ? { scenarioId, groupName: trimmed } : { scenarioId };
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
            {scenarios.map((scenario) => (
              <option key={scenario.id} value={scenario.id}>
                {scenario.title}
              </option>
            ))}
          </select>
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
