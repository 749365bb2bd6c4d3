import type { ProgrammeVersionMeta } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';

interface VersionRowProps {
  meta: ProgrammeVersionMeta;
  latest: boolean;
  open: boolean;
  opening: boolean;
  dateFormat: Intl.DateTimeFormat;
  /** The id of the text explaining that opening an old version and saving it restores it. */
  restoreHintId: string;
  onOpen: () => void;
}

/** One saved version: its number, when, the trainer's note, whether it was a draft; and open. */
export function VersionRow(props: VersionRowProps) {
  const t = useT();
  const { meta } = props;
  const action = props.open
    ? t('studio.planner.history.isOpen')
    : props.opening
      ? t('studio.planner.history.opening')
      : props.latest
        ? t('studio.planner.history.open')
        : t('studio.planner.history.openOld');
  return (
    <li
      className={props.open ? 'history__row history__row--open' : 'history__row'}
      data-testid="history-row"
      data-version={meta.version}
    >
      <div className="history__what">
        <p className="history__title">
          <strong>{t('studio.planner.history.version', { version: meta.version })}</strong>
          {props.latest ? (
            <span className="history__badge">{t('studio.planner.history.latest')}</span>
          ) : null}
          {meta.problemCount > 0 ? (
            <span className="history__badge history__badge--draft" data-testid="history-draft">
              {t('studio.planner.history.draft', { count: meta.problemCount })}
            </span>
          ) : null}
        </p>
        <p className="history__when muted">
          <time dateTime={new Date(meta.savedAt).toISOString()}>
            {props.dateFormat.format(meta.savedAt)}
          </time>
        </p>
        <p className={meta.note ? 'history__note' : 'history__note muted'}>
          {meta.note || t('studio.planner.history.noNote')}
        </p>
      </div>
      <button
        type="button"
        className={props.latest ? 'button button--secondary' : 'button button--quiet'}
        data-testid="history-open"
        disabled={props.open || props.opening}
        aria-describedby={props.latest ? undefined : props.restoreHintId}
        aria-label={
          props.open
            ? undefined
            : t('studio.planner.history.openLabel', { action, version: meta.version })
        }
        onClick={props.onOpen}
      >
        {action}
      </button>
    </li>
  );
}
