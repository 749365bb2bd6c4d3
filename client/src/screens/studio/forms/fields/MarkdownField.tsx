import { useState } from 'react';
import { Markdown } from '../../../../components/Markdown';
import { useT } from '../../../../i18n/useT';
import type { FieldPath } from '../../model/setField';
import { FieldProblems } from './FieldProblems';
import { useField } from './useField';

export interface MarkdownFieldProps {
  path: FieldPath;
  label: string;
  value: unknown;
  hint?: string;
  /** Emptied, the key goes (a screen text, the phone's text and notes are all optional). */
  optional?: boolean;
  rows?: number;
  testId?: string;
}

/**
 * A Markdown text (the case, the screen, the phone, the notes) with its rendering beside it,
 * drawn by the same component the phone and the projector use.
 */
export function MarkdownField({
  path,
  label,
  value,
  hint,
  optional,
  rows = 6,
  testId,
}: MarkdownFieldProps) {
  const t = useT();
  const field = useField(path, hint !== undefined);
  const [preview, setPreview] = useState(false);
  const text = typeof value === 'string' ? value : '';
  return (
    <div className="studio-field studio-field--markdown">
      <div className="studio-field__row">
        <label htmlFor={field.id}>{label}</label>
        <button
          type="button"
          className="button button--quiet studio-field__toggle"
          aria-pressed={preview}
          aria-controls={`${field.id}-preview`}
          onClick={() => setPreview((shown) => !shown)}
        >
          {t('studio.forms.markdownPreview')}
        </button>
      </div>
      {hint !== undefined ? (
        <p className="studio-field__hint" id={field.hintId}>
          {hint}
        </p>
      ) : null}
      <textarea
        id={field.id}
        rows={rows}
        lang={field.lang}
        value={text}
        aria-invalid={field.invalid || undefined}
        aria-describedby={field.describedBy}
        data-testid={testId}
        onChange={(event) =>
          field.set(optional && event.target.value === '' ? undefined : event.target.value)
        }
        onBlur={field.onBlur}
      />
      <FieldProblems id={field.problemId} problems={field.problems} />
      <div id={`${field.id}-preview`} className="studio-field__preview" hidden={!preview}>
        {preview ? (
          text.trim() === '' ? (
            <p className="studio-field__hint">{t('studio.forms.markdownEmpty')}</p>
          ) : (
            <Markdown
              text={text}
              headingLevel={3}
              lang={field.lang}
              testId={testId ? `${testId}-preview` : undefined}
            />
          )
        ) : null}
      </div>
    </div>
  );
}
