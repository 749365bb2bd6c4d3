import { useId, useState, type ReactNode } from 'react';
import { API, type RoomSummary } from '@samenspel/shared';
import { useT } from '../../i18n/useT';
import { CSV_KINDS, withNames } from './paths';
import { useDownload } from './useDownload';

interface ExportPanelProps {
  room: RoomSummary;
  token: string;
  onUnauthorized: () => void;
  id: string;
}

/**
 * Every way a session leaves the library, after one clear choice: pseudonyms (the default, safe
 * to pass on) or the names people gave. The choice holds for every format below it.
 */
export function ExportPanel({ room, token, onUnauthorized, id }: ExportPanelProps) {
  const t = useT();
  const choiceId = useId();
  const [names, setNames] = useState(false);
  const { status, run } = useDownload(token, onUnauthorized);
  const stem = `samenspel-${room.code}`;
  const busy = status === 'busy';

  return (
    <div className="library-export" id={id} data-testid="library-export-panel">
      <fieldset
        className="library-export__names"
        data-testid="library-names"
        data-value={names ? 'names' : 'pseudonyms'}
      >
        <legend className="field__label">{t('library.export.namesLegend')}</legend>
        <label className="library-export__choice">
          <input
            type="radio"
            name={`${choiceId}-names`}
            value="pseudonyms"
            checked={!names}
            onChange={() => setNames(false)}
          />
          <span>
            <strong>{t('library.export.pseudonyms')}</strong>
            <span className="field__hint">{t('library.export.pseudonymsHint')}</span>
          </span>
        </label>
        <label className="library-export__choice">
          <input
            type="radio"
            name={`${choiceId}-names`}
            value="names"
            checked={names}
            onChange={() => setNames(true)}
          />
          <span>
            <strong>{t('library.export.names')}</strong>
            <span className="field__hint">{t('library.export.namesHint')}</span>
          </span>
        </label>
      </fieldset>
      <div className="library-export__formats">
        <FormatGroup label={t('library.export.log')}>
          <button
            type="button"
            className="button button--primary library-button-small"
            disabled={busy}
            onClick={() =>
              void run(withNames(API.exportJson(room.roomId), names), `${stem}.json`, false)
            }
            data-testid="library-export-json"
          >
            {t('library.export.json')}
          </button>
        </FormatGroup>
        <FormatGroup label={t('library.export.tables')}>
          {CSV_KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              className="button button--secondary library-button-small"
              disabled={busy}
              onClick={() =>
                void run(
                  withNames(API.exportCsv(room.roomId, kind), names),
                  `${stem}-${kind}.csv`,
                  false,
                )
              }
              data-testid="library-export-csv"
              data-kind={kind}
            >
              {t(`library.export.csv.${kind}`)}
            </button>
          ))}
        </FormatGroup>
        <FormatGroup label={t('library.export.reportGroup')}>
          <button
            type="button"
            className="button button--secondary library-button-small"
            disabled={busy}
            onClick={() =>
              void run(withNames(API.report(room.roomId), names), `${stem}.html`, true)
            }
            data-testid="library-report"
          >
            {t('library.export.report')}
          </button>
        </FormatGroup>
      </div>
      <p className="field__hint" aria-live="polite">
        {busy ? t('library.export.busy') : status === 'failed' ? t('library.export.failed') : null}
      </p>
    </div>
  );
}

function FormatGroup({ label, children }: { label: string; children: ReactNode }) {
  const id = useId();
  return (
    <div className="library-export__group" role="group" aria-labelledby={id}>
      <span className="library-export__label" id={id}>
        {label}
      </span>
      <span className="library-export__buttons">{children}</span>
    </div>
  );
}
