import { useId, useState, type ChangeEvent } from 'react';
import { API, ImportResponseSchema, type ImportResponse } from '@samenspel/shared';
import { useT } from '../../i18n/useT';
import { uploadJson } from './libraryApi';

export type Imported = ImportResponse;

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; name: string }
  | { kind: 'done'; name: string }
  | { kind: 'failed'; reason: 'invalid' | 'tooLarge' | 'network' | 'other' };

interface ImportControlProps {
  token: string;
  onImported: (imported: Imported) => void;
  onUnauthorized: () => void;
}

/**
 * Brings an exported session log from another Samenspel into this library. The file goes up as
 * it is; the server checks that it replays before it keeps it.
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
    const result = await uploadJson(API.import, token, file, ImportResponseSchema);
    // The same file may be chosen again after a fix; an unchanged value would not fire.
    input.value = '';
    if (result.ok) {
      setStatus({ kind: 'done', name: file.name });
      onImported(result.data);
      return;
    }
    if (result.status === 401) return onUnauthorized();
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
        ) : status.kind === 'failed' ? (
          <p className="notice notice--error">{t(`library.import.${status.reason}`)}</p>
        ) : null}
      </div>
    </div>
  );
}
