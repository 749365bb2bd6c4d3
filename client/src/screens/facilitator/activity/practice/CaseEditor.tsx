import { useId, useState, type FormEvent } from 'react';
import { MAX_CASE_TITLE, MAX_TEXT_ANSWER } from '@samenspel/shared';
import { useT } from '../../../../i18n/useT';

/** A case for the shortlist as it is being written: new (no id) or an edit of one listed. */
export interface CaseDraft {
  candidateId?: string;
  title: string;
  text: string;
  sources: string[];
}

interface CaseEditorProps {
  draft: CaseDraft;
  /** The vote is open: the shortlist cannot change under it. */
  locked: boolean;
  onSave: (draft: CaseDraft) => void;
  onCancel: () => void;
}

/** The facilitator's words for the screen: a title and the case, made from the dossiers. */
export function CaseEditor({ draft, locked, onSave, onCancel }: CaseEditorProps) {
  const t = useT();
  const id = useId();
  const [title, setTitle] = useState(draft.title);
  const [text, setText] = useState(draft.text);
  const ready = title.trim() !== '' && text.trim() !== '' && !locked;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ready) onSave({ ...draft, title, text });
  };

  return (
    <form className="console-practice__editor" onSubmit={submit} data-testid="case-editor">
      <h4>
        {draft.candidateId === undefined
          ? t('console.practice.editorNew', { count: draft.sources.length })
          : t('console.practice.editorEdit')}
      </h4>
      <div className="field">
        <label htmlFor={`${id}-title`} className="field__label">
          {t('console.practice.caseTitle')}
        </label>
        <input
          id={`${id}-title`}
          className="input"
          value={title}
          maxLength={MAX_CASE_TITLE}
          onChange={(event) => setTitle(event.target.value)}
          data-testid="case-editor-title"
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`} className="field__label">
          {t('console.practice.caseText')}
        </label>
        <textarea
          id={`${id}-text`}
          className="input textarea"
          rows={7}
          value={text}
          maxLength={MAX_TEXT_ANSWER}
          onChange={(event) => setText(event.target.value)}
          aria-describedby={`${id}-hint`}
          data-testid="case-editor-text"
        />
        <p id={`${id}-hint`} className="field__hint">
          {t('console.practice.caseTextHint')}
        </p>
      </div>
      <div className="button-row">
        <button
          type="submit"
          className="button button--primary"
          disabled={!ready}
          data-testid="case-editor-save"
        >
          {t('console.practice.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('console.practice.cancel')}
        </button>
      </div>
    </form>
  );
}
