import { useId, useState, type ChangeEvent } from 'react';
import { Link } from '../../router/Router';
import { PATHS, type ImportResponse } from '@samenspel/shared';
import { useT } from '../../i18n/useT';
import { uploadLog } from './libraryApi';

export type Imported = ImportResponse;

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; name: string }
  | { kind: 'done'; name: string }
  | { kind: 'duplicate'; name: string; roomId: string }
  /** The log breaks a rule of the live room at the `event`-th event of the file. */
  | { kind: 'rejected'; event: number }
  | { kind: 'failed'; reason: 'invalid' | 'tooLarge' | 'network' | 'other' };

/** The event a refusal names by its field (`events.11.answer.optionIds` is the 12th). */
function eventOf(field: string | undefined): number | null {
  const match = /^events\.(\d+)/.exec(field ?? '');
  return match ? Number(match[1]) + 1 : null;
}

interface ImportControlProps {
  token: string;
  onImported: (imported: Imported) => void;
  onUnauthorized: () => void;
}

/**
 * Brings an exported session log from another Samenspel into this library. The file goes up as
 * it is; the server holds it to the live room's rules before it keeps it, and says so when the
 * same log is already here.
 */
export function ImportControl({ token, onImported, onUnauthorized }: ImportControlProps) {
  const t = useT();
  const id = useId();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setStatus({ kind: 'busy', name: file.name });
    const result = await uploadLog(token, file);
    // The same file may be chosen again after a fix; an unchanged value would not fire.
    input.value = '';
    if (result.ok) {
      setStatus({ kind: 'done', name: file.name });
      onImported(result.data);
      return;
    }
    if (result.status === 401) return onUnauthorized();
    if ('existing' in result) {
      // Already in the library: the session that is there is marked, and offered to open.
      setStatus({ kind: 'duplicate', name: file.name, roomId: result.existing.roomId });
      onImported(result.existing);
      return;
    }
    const broken = result.status === 422 ? eventOf(result.error?.field) : null;
    if (broken !== null) return setStatus({ kind: 'rejected', event: broken });
    const reason =
      result.status === 0
        ? 'network'
        : result.status === 413
          ? 'tooLarge'
          : result.status === 400
            ? 'invalid'
            : 'other';
    setStatus({ kind: 'failed', reason });
  };

  return (
    <div className="library-import">
      <label className="field__label" htmlFor={`${id}-file`}>
        {t('library.import.label')}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {t('library.import.hint')}
      </p>
      <input
        id={`${id}-file`}
        className="library-import__input"
        type="file"
        accept=".json,application/json"
        aria-describedby={`${id}-hint ${id}-status`}
        disabled={status.kind === 'busy'}
        onChange={(event) => void choose(event)}
        data-testid="library-import"
      />
      <div
        id={`${id}-status`}
        aria-live="polite"
        data-testid="library-import-status"
        data-status={status.kind}
      >
        {status.kind === 'busy' ? (
          <p className="muted">{t('library.import.busy', { name: status.name })}</p>
        ) : status.kind === 'done' ? (
          <p className="notice notice--ok">{t('library.import.done', { name: status.name })}</p>
        ) : status.kind === 'duplicate' ? (
          <p className="notice notice--ok" data-testid="library-import-duplicate">
            {t('library.import.duplicate', { name: status.name })}{' '}
            <Link to={PATHS.replay(status.roomId)} data-testid="library-import-existing">
              {t('library.import.openExisting')}
            </Link>
          </p>
        ) : status.kind === 'rejected' ? (
          <p className="notice notice--error">
            {t('library.import.rejected', { event: status.event })}
          </p>
        ) : status.kind === 'failed' ? (
          <p className="notice notice--error">{t(`library.import.${status.reason}`)}</p>
        ) : null}
      </div>
    </div>
  );
}
