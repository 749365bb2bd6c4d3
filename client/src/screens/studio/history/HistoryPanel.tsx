import { useId, useMemo, useState } from 'react';
import type { ProgrammeVersion } from '@samenspel/shared';
import { useLanguage } from '../../../i18n/language';
import { useT } from '../../../i18n/useT';
import { dateTimeFormat } from '../../library/format';
import { CompareVersions } from './CompareVersions';
import { useVersionLoader } from './useVersionLoader';
import { useVersions } from './useVersions';
import { VersionRow } from './VersionRow';
import './history.css';

export interface HistoryPanelProps {
  token: string;
  programmeId: string;
  /** The latest saved version (changes after every save, so the list reloads). */
  latestVersion: number;
  /** The version the editor has open. */
  openVersion: number;
  /** Opens a version in the editor; restoring is opening an old one and saving it as the newest. */
  onOpen: (version: ProgrammeVersion) => void;
}

/** Version history: list, open (and so restore), compare two versions. */
export function HistoryPanel({
  token,
  programmeId,
  latestVersion,
  openVersion,
  onOpen,
}: HistoryPanelProps) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const dateFormat = useMemo(() => dateTimeFormat(language), [language]);
  const { versions, failed, reload } = useVersions(token, programmeId, latestVersion);
  const load = useVersionLoader(token, programmeId);
  const [opening, setOpening] = useState<number | null>(null);
  const [openFailed, setOpenFailed] = useState<number | null>(null);
  const ids = useId();

  const open = async (version: number) => {
    setOpening(version);
    setOpenFailed(null);
    const result = await load(version);
    setOpening(null);
    if (result.ok) onOpen(result.data);
    else setOpenFailed(version);
  };

  return (
    <section className="history" aria-labelledby={`${ids}-heading`} data-testid="history">
      <h2 id={`${ids}-heading`}>{t('studio.planner.history.heading')}</h2>
      <p id={`${ids}-restore`} className="muted">
        {t('studio.planner.history.restoreHint')}
      </p>
      <div aria-live="polite">
        {openFailed !== null ? (
          <p className="notice notice--error" data-testid="history-open-failed">
            {t('studio.planner.history.openFailed', { version: openFailed })}
          </p>
        ) : null}
      </div>
      {failed ? (
        <div className="notice notice--error" role="alert">
          <span>{t('studio.planner.history.loadFailed')}</span>
          <button type="button" className="button button--secondary" onClick={reload}>
            {t('common.retry')}
          </button>
        </div>
      ) : null}
      {versions === null ? (
        failed ? null : (
          <p aria-busy="true">{t('common.loading')}</p>
        )
      ) : (
        <>
          <ol className="history__list" data-testid="history-list">
            {versions.map((meta) => (
              <VersionRow
                key={meta.version}
                meta={meta}
                latest={meta.version === versions[0]?.version}
                open={meta.version === openVersion}
                opening={opening === meta.version}
                dateFormat={dateFormat}
                restoreHintId={`${ids}-restore`}
                onOpen={() => void open(meta.version)}
              />
            ))}
          </ol>
          <h3>{t('studio.planner.compare.heading')}</h3>
          {versions.length > 0 ? (
            <CompareVersions key={programmeId} versions={versions} load={load} />
          ) : null}
        </>
      )}
    </section>
  );
}
