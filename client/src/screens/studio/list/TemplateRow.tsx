import { useId } from 'react';
import { Link } from '../../../router/Router';
import { PATHS, type ProgrammeSummary } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import { ProgrammeFacts } from './ProgrammeFacts';

interface TemplateRowProps {
  template: ProgrammeSummary;
  /** A copy is being made (of this or another programme): one at a time. */
  copying: string | null;
  onCopy: (template: ProgrammeSummary) => void;
}

/** A shipped programme: read-only, so the way to change it is a copy of one's own. */
export function TemplateRow({ template, copying, onCopy }: TemplateRowProps) {
  const t = useT();
  const titleId = useId();
  return (
    <li className="studio-list-row" data-testid="template-row" data-programme-id={template.id}>
      <h3 className="studio-list-row__title" id={titleId} data-testid="programme-title">
        {template.title}
      </h3>
      {template.audience ? <p className="studio-list-row__audience">{template.audience}</p> : null}
      <ProgrammeFacts programme={template} />
      <div className="studio-list-row__actions">
        <button
          type="button"
          className="button button--primary studio-list-button"
          aria-describedby={titleId}
          disabled={copying !== null}
          onClick={() => onCopy(template)}
          data-testid="template-copy"
        >
          {copying === template.id ? t('studio.list.copying') : t('studio.list.copyTemplate')}
        </button>
        <Link
          className="button button--secondary studio-list-button"
          to={PATHS.studioProgramme(template.id)}
          aria-describedby={titleId}
          data-testid="template-view"
        >
          {t('studio.list.view')}
        </Link>
      </div>
    </li>
  );
}
