import { useId, useState, type FormEvent } from 'react';
import type { JoinLookup, RoomInfo } from '@samenspel/shared';
import { useT } from '../../i18n/useT';

/** What the form shows of the room: from the code's lookup, or from the guest view. */
export type JoinRoom = Pick<JoinLookup, 'title' | 'groupName' | 'status' | 'joinsOpen'>;

export function joinRoomOf(room: RoomInfo): JoinRoom {
  const { title, groupName, status, joinsClosedAt } = room;
  return { title, groupName, status, joinsOpen: joinsClosedAt === null };
}

interface JoinFormProps {
  room: JoinRoom;
  /** Resolves true once joined (or on its way in); false leaves the form as it was. */
  onJoin: (name: string | null) => Promise<boolean>;
  /** The phone starts on the form: time to fetch what joining needs. */
  onBegin?: () => void;
  initialName?: string;
}

const MAX_NAME = 40;

/** What a guest sees: the room's name and a short form to take part, named or anonymously. */
export function JoinForm({ room, onJoin, onBegin, initialName = '' }: JoinFormProps) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState(initialName);
  const [anonymous, setAnonymous] = useState(false);
  const [busy, setBusy] = useState(false);
  const [missingName, setMissingName] = useState(false);

  if (room.status === 'ended') {
    return (
      <section>
        <p className="eyebrow" data-testid="room-title">
          {room.title}
        </p>
        <h1 data-testid="room-ended">{t('join.ended')}</h1>
      </section>
    );
  }

  if (!room.joinsOpen) {
    return (
      <section>
        <p className="eyebrow" data-testid="room-title">
          {room.title}
        </p>
        <h1 data-testid="room-closed">{t('membership.phone.closed')}</h1>
        <p className="lead">{t('membership.phone.closedHint')}</p>
      </section>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!anonymous && trimmed.length === 0) {
      setMissingName(true);
      return;
    }
    setMissingName(false);
    setBusy(true);
    const joined = await onJoin(anonymous ? null : trimmed);
    if (!joined) setBusy(false);
  };

  return (
    <section>
      <p className="eyebrow" data-testid="room-title">
        {room.title}
        {room.groupName ? ` · ${room.groupName}` : ''}
      </p>
      <h1>{t('join.submit')}</h1>
      <p className="lead">{t('join.intro')}</p>
      <form
        className="stack"
        onSubmit={submit}
        onFocus={onBegin}
        noValidate
        data-testid="join-form"
      >
        <div className="field">
          <label htmlFor={`${id}-name`} className="field__label">
            {t('join.nameLabel')}
          </label>
          <input
            id={`${id}-name`}
            className="input"
            name="name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            disabled={anonymous || busy}
            maxLength={MAX_NAME}
            autoComplete="given-name"
            aria-describedby={`${id}-name-hint${missingName ? ` ${id}-name-error` : ''}`}
            aria-invalid={missingName}
            data-testid="join-name"
          />
          <p id={`${id}-name-hint`} className="field__hint">
            {t('join.nameHint')}
          </p>
          {missingName ? (
            <p id={`${id}-name-error`} className="field__error" role="alert">
              {t('join.nameRequired')}
            </p>
          ) : null}
        </div>
        <div className="field field--check">
          <input
            id={`${id}-anonymous`}
            type="checkbox"
            className="checkbox"
            checked={anonymous}
            onChange={(event) => setAnonymous(event.target.checked)}
            disabled={busy}
            aria-describedby={`${id}-anonymous-hint`}
            data-testid="join-anonymous"
          />
          <label htmlFor={`${id}-anonymous`}>{t('join.anonymous')}</label>
          <p id={`${id}-anonymous-hint`} className="field__hint">
            {t('join.anonymousHint')}
          </p>
        </div>
        <button
          type="submit"
          className="button button--primary button--large"
          disabled={busy}
          data-testid="join-submit"
        >
          {busy ? t('join.busy') : t('join.submit')}
        </button>
      </form>
    </section>
  );
}
