import { useId, useState, type FormEvent } from 'react';
import { API, RoomSummarySchema, type RoomSummary, type ScenarioSummary } from '@samenspel/shared';
import { Markdown } from '../../components/Markdown';
import { errorKey } from '../../i18n/errors';
import { useT } from '../../i18n/useT';
import { apiRequest } from '../../net/http';
import { ProgrammeChoice } from '../studio/list/ProgrammeChoice';
import { canStartSession, ownChoice, roomRequest } from '../studio/list/roomChoice';
import { useProgrammes } from '../studio/list/useProgrammes';

interface NewRoomFormProps {
  token: string;
  scenarios: ScenarioSummary[];
  onCreated: (room: RoomSummary) => void;
  onUnauthorized: () => void;
}

/**
 * Pick a programme (a template, or one of the trainer's own from the studio), name the group if
 * you like, and a room with a join code is ready.
 */
export function NewRoomForm({ token, scenarios, onCreated, onUnauthorized }: NewRoomFormProps) {
  const t = useT();
  const id = useId();
  const [chosen, setChosen] = useState(() => scenarios[0]?.id ?? '');
  const [groupName, setGroupName] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const programmes = useProgrammes(token, onUnauthorized);
  const own = programmes.list?.own ?? [];
  // Without templates, the first own programme that can start a session is the default.
  const firstOwn = own.find(canStartSession);
  const choice = chosen !== '' ? chosen : firstOwn ? ownChoice(firstOwn) : '';

  if (scenarios.length === 0 && own.length === 0) return <p>{t('facilitator.noScenarios')}</p>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = roomRequest(choice, own, groupName.trim());
    if (body === null) return;
    setBusy(true);
    setProblem(null);
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

  const selected = scenarios.find((scenario) => scenario.id === choice);
  return (
    <div className="new-room">
      <form className="stack narrow" onSubmit={submit} data-testid="new-room-form">
        <ProgrammeChoice
          id={`${id}-scenario`}
          value={choice}
          onChange={setChosen}
          scenarios={scenarios}
          own={own}
          ownFailed={programmes.failed}
        />
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
          disabled={busy || choice === ''}
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
