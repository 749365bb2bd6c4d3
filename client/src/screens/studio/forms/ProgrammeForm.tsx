import { useMemo } from 'react';
import { plannedMinutes, type ScenarioInput, type ScenarioProblem } from '@samenspel/shared';
import { formatPath } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import { appendItem, setField, type Edit } from '../model/edits';
import { freeId } from '../model/ids';
import { ListEditor } from './fields/ListEditor';
import { MarkdownField } from './fields/MarkdownField';
import { NumberField } from './fields/NumberField';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { FormContext } from './formContext';
import { RoleCardFields } from './RoleCardFields';
import './forms.css';

export interface ProgrammeFormProps {
  draft: ScenarioInput;
  /** The checker's problems outside the blocks (title, minutes, the case and its cast…). */
  problems: readonly ScenarioProblem[];
  apply: (edit: Edit) => void;
  endTyping: () => void;
}

const NEW_CASE = {
  title: 'Het dossier',
  text: 'Beschrijf hier de casus: wie de bestuurder is, wat er speelt en wanneer het af moet.',
};

/** The sum of the blocks' minutes, read from a draft whose minutes may not be numbers yet. */
function blockMinutes(draft: ScenarioInput): number {
  return plannedMinutes({
    blocks: draft.blocks.map((block) => ({
      minutes: typeof block.minutes === 'number' ? block.minutes : 0,
    })) as never,
  });
}

/**
 * The programme's own fields: title, audience, language, target minutes, and the case told once
 * (title, text, the cast of the role play) that the casus rounds and the role play refer to, so
 * tailoring the dossier for a client is one edit here.
 */
export function ProgrammeForm({ draft, problems, apply, endTyping }: ProgrammeFormProps) {
  const t = useT();
  const context = useMemo(() => ({ problems, apply, endTyping }), [problems, apply, endTyping]);
  const general = problems.filter((problem) => problem.path.length === 0 || problem.atKey);
  const total = blockMinutes(draft);
  const theCase = draft.case;
  const cast = theCase?.cast;
  return (
    <FormContext.Provider value={context}>
      <form
        className="studio-form"
        data-testid="programme-form"
        onSubmit={(event) => event.preventDefault()}
      >
        <h2>{t('studio.forms.programme.heading')}</h2>
        {general.length > 0 ? (
          <ul className="studio-form__general" data-testid="programme-general-problems">
            {general.map((problem, index) => (
              <li key={index}>
                <code>{formatPath(problem.path)}</code> <span lang="en">{problem.message}</span>
              </li>
            ))}
          </ul>
        ) : null}
        <div className="studio-form__grid">
          <TextField
            path={['title']}
            label={t('studio.forms.programme.title')}
            value={draft.title}
            testId="programme-title"
          />
          <TextField
            path={['audience']}
            label={t('studio.forms.programme.audience')}
            value={draft.audience}
            optional
          />
          <SelectField
            path={['language']}
            label={t('studio.forms.programme.language')}
            value={draft.language ?? 'nl'}
            options={[
              { value: 'nl', label: t('lang.nl') },
              { value: 'en', label: t('lang.en') },
            ]}
          />
          <NumberField
            path={['minutes']}
            label={t('studio.forms.programme.minutes')}
            hint={t('studio.forms.programme.minutesHint', { total })}
            value={draft.minutes}
            min={1}
            max={3000}
            testId="programme-minutes"
          />
          <TextField
            path={['id']}
            label={t('studio.forms.id')}
            hint={t('studio.forms.programme.idHint')}
            value={draft.id}
          />
        </div>
        <MarkdownField
          path={['description']}
          label={t('studio.forms.programme.description')}
          value={draft.description}
          optional
          rows={4}
        />

        <section
          className="studio-form__case"
          aria-labelledby="studio-case-heading"
          data-testid="programme-case"
        >
          <h3 id="studio-case-heading">{t('studio.forms.case.heading')}</h3>
          <p className="studio-field__hint">{t('studio.forms.case.intro')}</p>
          {theCase ? (
            <>
              <TextField
                path={['case', 'title']}
                label={t('studio.forms.case.title')}
                value={theCase.title}
                testId="case-title"
              />
              <MarkdownField
                path={['case', 'text']}
                label={t('studio.forms.case.text')}
                value={theCase.text}
                rows={12}
                testId="case-text"
              />
              {cast ? (
                <ListEditor
                  path={['case', 'cast']}
                  legend={t('studio.forms.case.cast')}
                  items={cast}
                  itemLabel={(index) =>
                    cast[index]?.name || t('studio.forms.roles.card', { number: index + 1 })
                  }
                  addLabel={t('studio.forms.roles.addCard')}
                  addEdit={appendItem(['case', 'cast'], {
                    id: freeId('rol', new Set(cast.map((card) => card.id))),
                    name: 'Nieuwe rol',
                    public: 'Wat iedereen van deze rol weet.',
                    brief: 'Wat alleen de speler van deze rol weet.',
                  })}
                  min={2}
                  max={12}
                  testId="case-cast"
                  renderItem={(card, _index, path) => <RoleCardFields card={card} path={path} />}
                />
              ) : (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() =>
                    apply(
                      setField(
                        ['case', 'cast'],
                        [
                          {
                            id: 'bestuurder',
                            name: 'De bestuurder',
                            public: 'Wat iedereen van deze rol weet.',
                            brief: 'Wat alleen de speler weet.',
                          },
                          {
                            id: 'ambtenaar',
                            name: 'De ambtenaar',
                            public: 'Wat iedereen van deze rol weet.',
                            brief: 'Wat alleen de speler weet.',
                          },
                        ],
                      ),
                    )
                  }
                >
                  {t('studio.forms.case.addCast')}
                </button>
              )}
              <button
                type="button"
                className="button button--quiet button--danger"
                onClick={() => apply(setField(['case'], undefined))}
              >
                {t('studio.forms.case.remove')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button button--secondary"
              data-testid="case-add"
              onClick={() => apply(setField(['case'], NEW_CASE))}
            >
              {t('studio.forms.case.add')}
            </button>
          )}
        </section>
      </form>
    </FormContext.Provider>
  );
}
