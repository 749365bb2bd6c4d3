import { useId, useState, type ChangeEvent } from 'react';
import { Link } from '../../../router/Router';
import { PATHS, type ProgrammeProblem, type ProgrammeVersion } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import { importYaml } from '../studioApi';
import { ImportProblems } from './ImportProblems';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; name: string }
  /** No programme at all (no YAML mapping): nothing was kept. */
  | { kind: 'refused'; name: string; problems: ProgrammeProblem[] }
  /** Kept, as a draft: the trainer sees what to fix before opening it. */
  | { kind: 'draft'; name: string; programmeId: string; problems: ProgrammeProblem[] }
  | { kind: 'failed'; reason: 'tooLarge' | 'network' | 'failed' };

interface ImportProgrammeProps {
  token: string;
  /** A sound programme was imported: the page opens it. */
  onImported: (version: ProgrammeVersion) => void;
  /** A draft was imported: the page lists it, and this control says what is wrong with it. */
  onDraft: () => void;
  onUnauthorized: () => void;
}

/**
 * Brings a YAML file in as a new own programme. The server runs the checker of `pnpm
 * scenarios:check` on it; its problems are listed here with their line, as the checker lists them.
 */
export function ImportProgramme({
  token,
  onImported,
  onDraft,
  onUnauthorized,
}: ImportProgrammeProps) {
  const t = useT();
  const id = useId();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setStatus({ kind: 'busy', name: file.name });
    const result = await importYaml(token, file);
    // The same file may be chosen again after a fix; an unchanged value would not fire.
    input.value = '';
    if (result.ok) {
      const { problems, programmeId } = result.data;
      if (problems.length === 0) {
        setStatus({ kind: 'idle' });
        onImported(result.data);
        return;
      }
      setStatus({ kind: 'draft', name: file.name, programmeId, problems });
      onDraft();
      return;
    }
    if (result.status === 401) return onUnauthorized();
    if ('problems' in result) {
      setStatus({ kind: 'refused', name: file.name, problems: result.problems });
      return;
    }
    const reason = result.status === 0 ? 'network' : result.status === 413 ? 'tooLarge' : 'failed';
    setStatus({ kind: 'failed', reason });
  };

  return (
    <div className="studio-import">
      <label className="field__label" htmlFor={`${id}-file`}>
        {t('studio.list.import.label')}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {t('studio.list.import.hint')}
      </p>
      <input
        id={`${id}-file`}
        className="studio-import__input"
        type="file"
        accept=".yaml,.yml,application/yaml,text/yaml"
        aria-describedby={`${id}-hint ${id}-status`}
        disabled={status.kind === 'busy'}
        onChange={(event) => void choose(event)}
        data-testid="studio-import"
      />
      <div
        id={`${id}-status`}
        aria-live="polite"
        data-testid="studio-import-status"
        data-status={status.kind}
      >
        {status.kind === 'busy' ? (
          <p className="muted">{t('studio.list.import.busy', { name: status.name })}</p>
        ) : status.kind === 'refused' ? (
          <div className="studio-import__result studio-import__result--error">
            <p>{t('studio.list.import.refused', { name: status.name })}</p>
            <ImportProblems
              problems={status.problems}
              label={t('studio.list.import.problems', { name: status.name })}
            />
          </div>
        ) : status.kind === 'draft' ? (
          <div className="studio-import__result studio-import__result--draft">
            <p>
              {t('studio.list.import.draft', {
                name: status.name,
                count: status.problems.length,
              })}
            </p>
            <ImportProblems
              problems={status.problems}
              label={t('studio.list.import.problems', { name: status.name })}
            />
            <Link
              className="button button--primary studio-list-button"
              to={PATHS.studioProgramme(status.programmeId)}
              data-testid="studio-import-open"
            >
              {t('studio.list.import.openDraft')}
            </Link>
          </div>
        ) : status.kind === 'failed' ? (
          <p className="notice notice--error">{t(`studio.list.import.${status.reason}`)}</p>
        ) : null}
      </div>
    </div>
  );
}
