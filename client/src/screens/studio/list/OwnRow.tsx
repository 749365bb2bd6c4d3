import { useId } from 'react';
import { Link } from '../../../router/Router';
import { PATHS, type ProgrammeSummary } from '@samenspel/shared';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { useT } from '../../../i18n/useT';
import { ProgrammeFacts } from './ProgrammeFacts';

interface OwnRowProps {
  programme: ProgrammeSummary;
  dateFormat: Intl.DateTimeFormat;
  copying: string | null;
  exporting: string | null;
  onCopy: (programme: ProgrammeSummary) => void;
  onExport: (programme: ProgrammeSummary) => void;
  onDelete: (programme: ProgrammeSummary) => void;
}

/** One of the trainer's programmes: its state (draft or ready), when it changed, what to do with it. */
export function OwnRow(props: OwnRowProps) {
  const { programme, copying, exporting } = props;
  const t = useT();
  const titleId = useId();
  const problems = programme.latest.problemCount;
  return (
    <li
      className="studio-list-row"
      data-testid="own-row"
      data-programme-id={programme.id}
      data-problems={problems}
    >
      <h3 className="studio-list-row__title">
        <span id={titleId} data-testid="programme-title">
          {programme.title}
        </span>
        {/* Said in words as well as in colour: a draft cannot start a session. */}
        {problems > 0 ? (
          <span className="studio-badge studio-badge--draft" data-testid="programme-draft">
            {t('studio.list.badge.draft', { count: problems })}
          </span>
        ) : (
          <span className="studio-badge studio-badge--ready">{t('studio.list.badge.ready')}</span>
        )}
      </h3>
      {programme.audience ? (
        <p className="studio-list-row__audience">{programme.audience}</p>
      ) : null}
      <ProgrammeFacts programme={programme} dateFormat={props.dateFormat} />
      <div className="studio-list-row__actions">
        <Link
          className="button button--primary studio-list-button"
          to={PATHS.studioProgramme(programme.id)}
          aria-describedby={titleId}
          data-testid="own-open"
        >
          {t('studio.list.open')}
        </Link>
        <button
          type="button"
          className="button button--secondary studio-list-button"
          aria-describedby={titleId}
          disabled={copying !== null}
          onClick={() => props.onCopy(programme)}
          data-testid="own-copy"
        >
          {copying === programme.id ? t('studio.list.copying') : t('studio.list.copy')}
        </button>
        <button
          type="button"
          className="button button--secondary studio-list-button"
          aria-describedby={titleId}
          disabled={exporting === programme.id}
          onClick={() => props.onExport(programme)}
          data-testid="own-export"
        >
          {exporting === programme.id ? t('studio.list.exporting') : t('studio.list.export')}
        </button>
        <div className="studio-list-row__delete">
          <ConfirmButton
            label={t('studio.list.delete')}
            question={t('studio.list.delete.question', { title: programme.title })}
            confirmLabel={t('studio.list.delete.confirm')}
            ariaLabel={t('studio.list.deleteNamed', { title: programme.title })}
            onConfirm={() => props.onDelete(programme)}
            className="button button--danger studio-list-button"
            testId="own-delete"
          />
        </div>
      </div>
    </li>
  );
}
