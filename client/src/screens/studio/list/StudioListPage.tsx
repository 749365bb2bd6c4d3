import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { API, PATHS, type ProgrammeSummary, type ProgrammeVersion } from '@samenspel/shared';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { Page } from '../../../components/Page';
import { useLanguage } from '../../../i18n/language';
import { useT } from '../../../i18n/useT';
import { dateTimeFormat } from '../../library/format';
import { useDownload } from '../../library/useDownload';
import { createProgramme, deleteProgramme } from '../studioApi';
import { ImportProgramme } from './ImportProgramme';
import { useProgrammeList } from './useProgrammeList';
import './list.css';

/** A programme to start from: one block, the minutes adding up, so the checker is happy at once. */
const EMPTY_PROGRAMME = {
  id: 'nieuw-programma',
  title: 'Nieuw programma',
  language: 'nl',
  minutes: 10,
  blocks: [
    {
      id: 'welkom',
      kind: 'info',
      title: 'Welkom',
      minutes: 10,
      screen: '# Welkom\n\nFijn dat je er bent.',
    },
  ],
};

/**
 * The studio's start: the shipped templates (read-only, copied to adapt), the trainer's own
 * programmes with their last change, a YAML import and a blank programme.
 */
export function StudioListPage({
  token,
  onUnauthorized,
}: {
  token: string;
  onUnauthorized: () => void;
}) {
  const t = useT();
  const navigate = useNavigate();
  const language = useLanguage((state) => state.language);
  const when = dateTimeFormat(language);
  const { list, failed, reload } = useProgrammeList(token, onUnauthorized);
  const download = useDownload(token, onUnauthorized);
  const [problem, setProblem] = useState<string | null>(null);

  const open = (version: ProgrammeVersion) => navigate(PATHS.studioProgramme(version.programmeId));
  const copy = async (programmeId: string, note: string) => {
    setProblem(null);
    const result = await createProgramme(token, { from: { programmeId }, note });
    if (result.ok) open(result.data);
    else if (result.status === 401) onUnauthorized();
    else setProblem(t('studio.list.copyFailed'));
  };
  const blank = async () => {
    const result = await createProgramme(token, { scenario: EMPTY_PROGRAMME, note: '' });
    if (result.ok) open(result.data);
    else if (result.status === 401) onUnauthorized();
    else setProblem(t('studio.list.copyFailed'));
  };
  const remove = async (programme: ProgrammeSummary) => {
    const result = await deleteProgramme(token, programme.id);
    if (result.ok || result.status === 404) reload();
    else if (result.status === 401) onUnauthorized();
    else setProblem(t('studio.list.deleteFailed'));
  };

  return (
    <Page wide>
      <div className="studio-home" data-testid="studio-list">
        <p>
          <Link to={PATHS.facilitatorHome}>{t('studio.list.back')}</Link>
        </p>
        <h1>{t('studio.list.title')}</h1>
        <p className="lead">{t('studio.list.intro')}</p>
        {problem ? (
          <p className="field__error" role="alert">
            {problem}
          </p>
        ) : null}
        {failed ? (
          <p role="alert">
            {t('studio.list.loadFailed')}{' '}
            <button type="button" className="button button--secondary" onClick={reload}>
              {t('common.retry')}
            </button>
          </p>
        ) : null}
        {list === null ? (
          failed ? null : (
            <p>{t('common.loading')}</p>
          )
        ) : (
          <>
            <section className="studio-list-section" aria-labelledby="studio-own-heading">
              <h2 id="studio-own-heading">{t('studio.list.own')}</h2>
              {list.own.length === 0 ? (
                <p data-testid="studio-own-empty">{t('studio.list.ownEmpty')}</p>
              ) : (
                <ul className="studio-cards" data-testid="studio-own">
                  {list.own.map((programme) => (
                    <li
                      key={programme.id}
                      className="studio-card"
                      data-testid="studio-own-item"
                      data-programme-id={programme.id}
                    >
                      <h3>
                        <Link to={PATHS.studioProgramme(programme.id)} data-testid="studio-open">
                          {programme.title}
                        </Link>
                      </h3>
                      <p className="studio-card__meta">
                        {t('studio.list.ownMeta', {
                          version: programme.latest.version,
                          time: when.format(programme.latest.savedAt),
                          minutes: programme.minutes,
                          blocks: programme.blockCount,
                        })}
                      </p>
                      {programme.latest.note ? (
                        <p className="studio-card__note">“{programme.latest.note}”</p>
                      ) : null}
                      {programme.latest.problemCount > 0 ? (
                        <p className="studio-card__badge" data-testid="studio-own-draft">
                          {t('studio.list.draftBadge', { count: programme.latest.problemCount })}
                        </p>
                      ) : null}
                      <div className="studio-card__actions">
                        <button
                          type="button"
                          className="button button--secondary"
                          data-testid="studio-copy"
                          onClick={() => void copy(programme.id, '')}
                        >
                          {t('studio.list.copy')}
                        </button>
                        <button
                          type="button"
                          className="button button--secondary"
                          data-testid="studio-export"
                          disabled={download.status === 'busy'}
                          onClick={() =>
                            void download.run(
                              API.programmeYaml(programme.id, programme.latest.version),
                              `${programme.id}.yaml`,
                              false,
                            )
                          }
                        >
                          {t('studio.list.export')}
                        </button>
                        <ConfirmButton
                          label={t('studio.list.delete')}
                          question={t('studio.list.deleteQuestion', { title: programme.title })}
                          confirmLabel={t('studio.list.deleteConfirm')}
                          testId="studio-delete"
                          className="button button--quiet button--danger"
                          ariaLabel={t('studio.list.deleteNamed', { title: programme.title })}
                          onConfirm={() => void remove(programme)}
                        />
                      </div>
                    </li>
                  ))}
                </ul>
              )}
              <button
                type="button"
                className="button button--secondary"
                data-testid="studio-blank"
                onClick={() => void blank()}
              >
                {t('studio.list.blank')}
              </button>
            </section>

            <section className="studio-list-section" aria-labelledby="studio-templates-heading">
              <h2 id="studio-templates-heading">{t('studio.list.templates')}</h2>
              <p>{t('studio.list.templatesIntro')}</p>
              <ul className="studio-cards" data-testid="studio-templates">
                {list.templates.map((template) => (
                  <li
                    key={template.id}
                    className="studio-card"
                    data-testid="studio-template"
                    data-programme-id={template.id}
                  >
                    <h3>
                      <Link to={PATHS.studioProgramme(template.id)}>{template.title}</Link>
                    </h3>
                    <p className="studio-card__meta">
                      {t('studio.list.templateMeta', {
                        minutes: template.minutes,
                        blocks: template.blockCount,
                      })}
                    </p>
                    {template.audience ? (
                      <p className="studio-card__note">{template.audience}</p>
                    ) : null}
                    <div className="studio-card__actions">
                      <button
                        type="button"
                        className="button button--primary"
                        data-testid="studio-template-copy"
                        onClick={() => void copy(template.id, '')}
                      >
                        {t('studio.list.templateCopy')}
                      </button>
                    </div>
                  </li>
                ))}
              </ul>
            </section>

            <ImportProgramme token={token} onImported={open} onUnauthorized={onUnauthorized} />
          </>
        )}
      </div>
    </Page>
  );
}
