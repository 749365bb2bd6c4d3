import { useMemo } from 'react';
import type { ScenarioInput, ScenarioProblem } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import type { Edit } from '../model/edits';
import { fieldIdForPath } from '../model/fieldIds';
import { CaseFields } from './CaseFields';
import { MarkdownField } from './fields/MarkdownField';
import { NumberField } from './fields/NumberField';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { FormContext } from './formContext';
import { isEntry, listOf } from './shape';
import { UnplacedProblems, useUnplacedProblems } from './UnplacedProblems';
import './forms.css';

export interface ProgrammeFormProps {
  draft: ScenarioInput;
  /** The checker's problems outside the blocks (title, minutes, the case and its cast…). */
  problems: readonly ScenarioProblem[];
  apply: (edit: Edit) => void;
  endTyping: () => void;
}

/** The sum of the blocks' minutes, read from a draft whose minutes may not be numbers yet. */
function blockMinutes(draft: ScenarioInput): number {
  return listOf(draft.blocks).reduce(
    (sum, block) => sum + (isEntry(block) && typeof block.minutes === 'number' ? block.minutes : 0),
    0,
  );
}

/**
 * The programme's own fields: title, audience, language, target minutes against what the blocks
 * add up to, and the case told once (title, text, the cast of the role play) that the casus
 * rounds and the role play refer to, so tailoring the dossier for a client is one edit here.
 */
export function ProgrammeForm({ draft, problems, apply, endTyping }: ProgrammeFormProps) {
  const t = useT();
  const contentLanguage = draft.language === 'en' ? 'en' : 'nl';
  const context = useMemo(
    () => ({ problems, apply, endTyping, contentLanguage }) as const,
    [problems, apply, endTyping, contentLanguage],
  );
  const { ref, unplaced } = useUnplacedProblems(problems);
  const total = blockMinutes(draft);
  return (
    <FormContext.Provider value={context}>
      <form
        ref={ref}
        // The programme's own path: a problem about it as a whole is followed to here.
        id={fieldIdForPath([])}
        tabIndex={-1}
        className="studio-form"
        data-testid="programme-form"
        aria-labelledby="studio-programme-heading"
        onSubmit={(event) => event.preventDefault()}
      >
        <h2 id="studio-programme-heading">{t('studio.forms.programme.heading')}</h2>
        <UnplacedProblems problems={unplaced} testId="programme-general-problems" />
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
            hint={t('studio.forms.programme.audienceHint')}
            value={draft.audience}
            optional
            testId="programme-audience"
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
            hint={
              total === draft.minutes
                ? t('studio.forms.programme.minutesMatch', { total })
                : t('studio.forms.programme.minutesHint', { total })
            }
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
          hint={t('studio.forms.programme.descriptionHint')}
          value={draft.description}
          optional
          rows={4}
        />
        <CaseFields draft={draft} />
      </form>
    </FormContext.Provider>
  );
}
