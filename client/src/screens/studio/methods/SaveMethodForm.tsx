import { useId, useState, type FormEvent } from 'react';
import type { BlockInput, Method } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import { createMethod } from '../studioApi';

interface SaveMethodFormProps {
  token: string;
  block: BlockInput;
  onSaved: (method: Method) => void;
}

const MAX_NAME = 500;

/**
 * Saves the selected block in the trainer's library under a name (the block's title unless they
 * choose another). The parent keys this form by block, so another block starts with its own title.
 */
export function SaveMethodForm({ token, block, onSaved }: SaveMethodFormProps) {
  const t = useT();
  const ids = useId();
  const [name, setName] = useState(block.title);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const trimmed = name.trim();
  const invalid = trimmed === '' || trimmed.length > MAX_NAME;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (invalid || saving) return;
    setSaving(true);
    setFailed(false);
    const result = await createMethod(token, { name: trimmed, block });
    setSaving(false);
    if (result.ok) onSaved(result.data);
    else setFailed(true);
  };

  return (
    <form className="methods__save" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label className="field__label" htmlFor={`${ids}-name`}>
          {t('studio.planner.methods.name')}
        </label>
        <input
          id={`${ids}-name`}
          className="input"
          value={name}
          maxLength={MAX_NAME}
          aria-invalid={trimmed === ''}
          aria-describedby={`${ids}-hint`}
          data-testid="methods-name"
          onChange={(event) => setName(event.target.value)}
        />
        <p id={`${ids}-hint`} className={trimmed === '' ? 'field__error' : 'field__hint'}>
          {trimmed === ''
            ? t('studio.planner.methods.nameMissing')
            : t('studio.planner.methods.nameHint', { kind: t(`kind.${block.kind}`) })}
        </p>
      </div>
      <button
        type="submit"
        className="button button--primary"
        data-testid="methods-save"
        disabled={invalid || saving}
      >
        {saving ? t('studio.planner.methods.saving') : t('studio.planner.methods.save')}
      </button>
      {failed ? (
        <p className="notice notice--error" role="alert">
          {t('studio.planner.methods.saveFailed')}
        </p>
      ) : null}
    </form>
  );
}
