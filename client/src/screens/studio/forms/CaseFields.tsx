import type { RoleCard, ScenarioInput } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import { appendItem, setField } from '../model/edits';
import { fieldIdForPath } from '../model/fieldIds';
import { freeId } from '../model/ids';
import { contentText, placeholderCast } from './contentText';
import { FieldProblems } from './fields/FieldProblems';
import { ListEditor } from './fields/ListEditor';
import { MarkdownField } from './fields/MarkdownField';
import { TextField } from './fields/TextField';
import { problemsAt, useForm } from './formContext';
import { RoleCardFields } from './RoleCardFields';
import { isEntry, listOf } from './shape';

/**
 * The programme's case, told once: its title, the dossier in Markdown, and the cast of the role
 * play. Every casus round without a text of its own and every role play without cards of its own
 * plays this, so replacing the dossier for a client is one edit here.
 */
export function CaseFields({ draft }: { draft: ScenarioInput }) {
  const t = useT();
  const c = contentText(draft);
  const { apply, problems } = useForm();
  const theCase = isEntry(draft.case) ? draft.case : null;
  const castPath = ['case', 'cast'];
  const cast = listOf(theCase?.cast as RoleCard[] | undefined);
  const sectionId = fieldIdForPath(['case']);
  const here = problemsAt(problems, ['case']);
  // A case written as a bare text in a file becomes the dossier's text, not lost.
  const looseText = typeof draft.case === 'string' ? draft.case : '';
  return (
    <section
      className="studio-form__case"
      id={sectionId}
      tabIndex={-1}
      aria-labelledby="studio-case-heading"
      aria-describedby={here.length > 0 ? `${sectionId}-problem` : undefined}
      data-testid="programme-case"
    >
      <h3 id="studio-case-heading">{t('studio.forms.case.heading')}</h3>
      <p className="studio-field__hint">{t('studio.forms.case.intro')}</p>
      <FieldProblems id={`${sectionId}-problem`} problems={here} />
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
            hint={t('studio.forms.case.textHint')}
            value={theCase.text}
            rows={12}
            testId="case-text"
          />
          {theCase.cast !== undefined ? (
            <ListEditor
              path={castPath}
              legend={t('studio.forms.case.cast')}
              items={cast}
              itemLabel={(index) => {
                const name = cast[index]?.name;
                return typeof name === 'string' && name.trim() !== ''
                  ? name
                  : t('studio.forms.roles.card', { number: index + 1 });
              }}
              addLabel={t('studio.forms.roles.addCard')}
              addEdit={appendItem(castPath, {
                id: freeId(
                  'rol',
                  new Set(cast.flatMap((card) => (isEntry(card) ? [String(card.id)] : []))),
                ),
                name: c('studio.forms.placeholder.role'),
                public: c('studio.forms.placeholder.public'),
                brief: c('studio.forms.placeholder.brief'),
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
              data-testid="case-add-cast"
              onClick={() => apply(setField(castPath, placeholderCast(draft)))}
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
          onClick={() =>
            apply(
              setField(['case'], {
                title: c('studio.forms.placeholder.caseTitle'),
                text: looseText.trim() !== '' ? looseText : c('studio.forms.placeholder.caseText'),
              }),
            )
          }
        >
          {t('studio.forms.case.add')}
        </button>
      )}
    </section>
  );
}
