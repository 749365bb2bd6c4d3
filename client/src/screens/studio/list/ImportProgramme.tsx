import { useId, useState, type ChangeEvent } from 'react';
import { formatPath, type ProgrammeProblem, type ProgrammeVersion } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import { importYaml } from '../studioApi';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; name: string }
  | { kind: 'refused'; name: string; problems: ProgrammeProblem[] }
  | { kind: 'failed'; name: string };

/**
 * Brings a YAML programme into the studio. A file with problems the checker can still read is
 * kept as a draft (and opened, problems shown at their fields); a file that is no programme at
 * all is refused with the checker's list, as `pnpm scenarios:check` prints it.
 */
export function ImportProgramme({
  token,
  onImported,
  onUnauthorized,
}: {
  token: string;
  onImported: (version: ProgrammeVersion) => void;
  onUnauthorized: () => void;
}) {
  const t = useT();
  const id = useId();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setStatus({ kind: 'busy', name: file.name });
    const result = await importYaml(token, file);
    input.value = '';
    if (result.ok) return onImported(result.data);
    if (result.status === 401) return onUnauthorized();
    if ('problems' in result)
      return setStatus({ kind: 'refused', name: file.name, problems: result.problems });
    setStatus({ kind: 'failed', name: file.name });
  };
  return (
    <section className="studio-list-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('studio.list.import')}</h2>
      <p>{t('studio.list.importIntro')}</p>
      <input
        id={`${id}-file`}
        className="visually-hidden"
        type="file"
        accept=".yaml,.yml,application/yaml,text/yaml"
        data-testid="programme-import"
        onChange={(event) => void choose(event)}
      />
      <label htmlFor={`${id}-file`} className="button button--secondary studio-import__label">
        {t('studio.list.importChoose')}
      </label>
      <div
        role="status"
        aria-live="polite"
        data-testid="programme-import-status"
        data-state={status.kind}
      >
        {status.kind === 'busy' ? (
          <p>{t('studio.list.importBusy', { name: status.name })}</p>
        ) : null}
        {status.kind === 'failed' ? (
          <p className="field__error">{t('studio.list.importFailed', { name: status.name })}</p>
        ) : null}
        {status.kind === 'refused' ? (
          <>
            <p className="field__error">
              {t('studio.list.importRefused', { name: status.name, count: status.problems.length })}
            </p>
            <ul className="studio-import__problems" data-testid="programme-import-problems">
              {status.problems.map((problem, index) => (
                <li key={index}>
                  <code>{formatPath(problem.path)}</code>
                  {problem.line !== undefined
                    ? ` (${t('studio.list.line', { line: problem.line })})`
                    : ''}
                  : {problem.message}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </section>
  );
}
