import { useMemo } from 'react';
import { Link, useNavigate } from '../../../router/Router';
import { PATHS } from '@samenspel/shared';
import { Page } from '../../../components/Page';
import { useLanguage } from '../../../i18n/language';
import { useT } from '../../../i18n/useT';
import { dateTimeFormat } from '../../library/format';
import { ImportProgramme } from './ImportProgramme';
import { NoticeLine } from './NoticeLine';
import { OwnRow } from './OwnRow';
import { TemplateRow } from './TemplateRow';
import { useListActions } from './useListActions';
import { useProgrammes } from './useProgrammes';
import './list.css';

interface StudioListPageProps {
  token: string;
  onUnauthorized: () => void;
}

/**
 * The studio's front page: the shipped templates to copy, the trainer's own programmes to open,
 * copy, export or delete, a new empty one and an import.
 */
export function StudioListPage({ token, onUnauthorized }: StudioListPageProps) {
  const t = useT();
  const navigate = useNavigate();
  const language = useLanguage((state) => state.language);
  const dateFormat = useMemo(() => dateTimeFormat(language), [language]);
  const { list, failed, reload, forget } = useProgrammes(token, onUnauthorized);
  const actions = useListActions(token, onUnauthorized, forget);

  return (
    <Page wide>
      <div className="studio-list" data-testid="studio-list">
        <p className="studio-list__back">
          <Link to={PATHS.facilitatorHome} data-testid="studio-back">
            ← {t('studio.list.back')}
          </Link>
        </p>
        <h1>{t('studio.list.title')}</h1>
        <p className="lead">{t('studio.list.intro')}</p>

        <div aria-live="polite" aria-atomic="true" className="studio-list__status">
          <NoticeLine notice={actions.notice} />
        </div>
        {failed ? (
          <div className="notice notice--error" role="alert" data-testid="studio-load-failed">
            <span>{t('studio.list.loadFailed')}</span>
            <button type="button" className="button button--secondary" onClick={reload}>
              {t('common.retry')}
            </button>
          </div>
        ) : null}

        <div className="studio-list__columns">
          <section
            className="panel studio-list__templates"
            aria-labelledby="studio-templates-heading"
          >
            <h2 id="studio-templates-heading">{t('studio.list.templates')}</h2>
            <p className="muted">{t('studio.list.templatesIntro')}</p>
            {list === null ? (
              failed ? null : (
                <p aria-busy="true">{t('common.loading')}</p>
              )
            ) : list.templates.length === 0 ? (
              <p data-testid="templates-empty">{t('studio.list.templatesEmpty')}</p>
            ) : (
              <ul className="studio-list__rows" data-testid="template-list">
                {list.templates.map((template) => (
                  <TemplateRow
                    key={template.id}
                    template={template}
                    copying={actions.copying}
                    onCopy={actions.copy}
                  />
                ))}
              </ul>
            )}
          </section>

          <section className="panel studio-list__own" aria-labelledby="studio-own-heading">
            <h2 id="studio-own-heading">{t('studio.list.own')}</h2>
            <div className="studio-list__new">
              <button
                type="button"
                className="button button--secondary"
                disabled={actions.copying !== null}
                aria-describedby="studio-new-hint"
                onClick={actions.startEmpty}
                data-testid="studio-new"
              >
                {actions.copying === 'new' ? t('studio.list.new.busy') : t('studio.list.new')}
              </button>
              <p className="field__hint" id="studio-new-hint">
                {t('studio.list.newHint')}
              </p>
            </div>
            {list === null ? (
              failed ? null : (
                <p aria-busy="true">{t('common.loading')}</p>
              )
            ) : list.own.length === 0 ? (
              <p data-testid="own-empty">{t('studio.list.ownEmpty')}</p>
            ) : (
              <>
                <p className="muted" data-testid="own-count">
                  {t('studio.list.ownCount', { count: list.own.length })}
                </p>
                <ul className="studio-list__rows" data-testid="own-list">
                  {list.own.map((programme) => (
                    <OwnRow
                      key={programme.id}
                      programme={programme}
                      dateFormat={dateFormat}
                      copying={actions.copying}
                      exporting={actions.exporting}
                      onCopy={actions.copy}
                      onExport={actions.exportOne}
                      onDelete={actions.remove}
                    />
                  ))}
                </ul>
              </>
            )}
          </section>

          <section className="panel studio-list__import" aria-labelledby="studio-import-heading">
            <h2 id="studio-import-heading">{t('studio.list.import')}</h2>
            <ImportProgramme
              token={token}
              onImported={(version) => navigate(PATHS.studioProgramme(version.programmeId))}
              onDraft={reload}
              onUnauthorized={onUnauthorized}
            />
          </section>
        </div>
      </div>
    </Page>
  );
}
