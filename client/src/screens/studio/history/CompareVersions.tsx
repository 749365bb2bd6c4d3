import { useId, useState } from 'react';
import type { ProgrammeVersion, ProgrammeVersionMeta } from '@samenspel/shared';
import type { ApiResult } from '../../../net/http';
import { useT } from '../../../i18n/useT';
import { compareVersions, type ProgrammeComparison } from './compareVersions';
import { VersionDiffView } from './VersionDiffView';

interface CompareVersionsProps {
  /** Newest first. */
  versions: readonly ProgrammeVersionMeta[];
  load: (version: number) => Promise<ApiResult<ProgrammeVersion>>;
}

type Outcome =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'failed' }
  | { kind: 'done'; from: number; to: number; comparison: ProgrammeComparison };

/**
 * Two versions side by side: by default the one before the latest against the latest, any two
 * by choice. The result is said in words (blocks added, removed, moved; fields per block).
 */
export function CompareVersions({ versions, load }: CompareVersionsProps) {
  const t = useT();
  const ids = useId();
  const [fromChoice, setFrom] = useState<number | null>(null);
  const [toChoice, setTo] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const known = (n: number | null) => n !== null && versions.some((v) => v.version === n);
  const from = known(fromChoice) ? fromChoice! : (versions[1]?.version ?? versions[0]!.version);
  const to = known(toChoice) ? toChoice! : versions[0]!.version;

  if (versions.length < 2) {
    return <p className="muted">{t('studio.planner.compare.onlyOne')}</p>;
  }

  const compare = async () => {
    setOutcome({ kind: 'loading' });
    const [older, newer] = await Promise.all([load(from), load(to)]);
    if (!older.ok || !newer.ok) {
      setOutcome({ kind: 'failed' });
      return;
    }
    setOutcome({
      kind: 'done',
      from,
      to,
      comparison: compareVersions(older.data.scenario, newer.data.scenario),
    });
  };

  const select = (which: 'from' | 'to', value: number, label: string) => (
    <div className="field">
      <label className="field__label" htmlFor={`${ids}-${which}`}>
        {label}
      </label>
      <select
        id={`${ids}-${which}`}
        className="input"
        value={value}
        data-testid={`history-compare-${which}`}
        onChange={(event) => (which === 'from' ? setFrom : setTo)(Number(event.target.value))}
      >
        {versions.map((meta) => (
          <option key={meta.version} value={meta.version}>
            {t('studio.planner.history.version', { version: meta.version })}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div className="history__compare">
      <div className="history__compare-choice">
        {select('from', from, t('studio.planner.compare.from'))}
        {select('to', to, t('studio.planner.compare.to'))}
        <button
          type="button"
          className="button button--secondary"
          data-testid="history-compare"
          disabled={from === to || outcome.kind === 'loading'}
          onClick={() => void compare()}
        >
          {t('studio.planner.compare.run')}
        </button>
      </div>
      {from === to ? <p className="muted">{t('studio.planner.compare.same')}</p> : null}
      <div aria-live="polite">
        {outcome.kind === 'loading' ? <p aria-busy="true">{t('common.loading')}</p> : null}
        {outcome.kind === 'failed' ? (
          <p className="notice notice--error">{t('studio.planner.compare.failed')}</p>
        ) : null}
        {outcome.kind === 'done' ? (
          <VersionDiffView from={outcome.from} to={outcome.to} comparison={outcome.comparison} />
        ) : null}
      </div>
    </div>
  );
}
