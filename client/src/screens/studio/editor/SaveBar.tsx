import { useState } from 'react';
import type { ProgrammeVersionMeta } from '@samenspel/shared';
import { useLanguage } from '../../../i18n/language';
import { useT } from '../../../i18n/useT';
import { dateTimeFormat } from '../../library/format';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; version: number; problemCount: number }
  | { kind: 'failed' }
  | { kind: 'conflict'; latest: ProgrammeVersionMeta };

export interface SaveBarProps {
  dirty: boolean;
  status: SaveStatus;
  onSave: (note: string) => void;
  /** After a conflict: drop my changes and open the version the other trainer saved. */
  onOpenTheirs: () => void;
  /** After a conflict: save my draft as a new version after theirs (theirs stays in the history). */
  onSaveOnTop: (note: string) => void;
}

/** Save with an optional note, what became of the last save, and the conflict when there is one. */
export function SaveBar({ dirty, status, onSave, onOpenTheirs, onSaveOnTop }: SaveBarProps) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const [note, setNote] = useState('');
  const save = () => {
    onSave(note.trim());
    setNote('');
  };
  return (
    <div className="studio-save" data-testid="save-bar">
      <div className="studio-save__row">
        <label htmlFor="studio-save-note">{t('studio.editor.note')}</label>
        <input
          id="studio-save-note"
          data-native-undo
          type="text"
          value={note}
          maxLength={500}
          placeholder={t('studio.editor.notePlaceholder')}
          onChange={(event) => setNote(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') save();
          }}
        />
        <button
          type="button"
          className="button button--primary"
          data-testid="save"
          disabled={status.kind === 'saving' || status.kind === 'conflict'}
          onClick={save}
        >
          {t('studio.editor.save')}
        </button>
      </div>
      <p
        className="studio-save__status"
        role="status"
        data-testid="save-status"
        data-state={dirty ? 'dirty' : status.kind}
      >
        {status.kind === 'saving'
          ? t('studio.editor.saving')
          : status.kind === 'failed'
            ? t('studio.editor.saveFailed')
            : dirty
              ? t('studio.editor.unsaved')
              : status.kind === 'saved'
                ? status.problemCount > 0
                  ? t('studio.editor.savedDraft', {
                      version: status.version,
                      count: status.problemCount,
                    })
                  : t('studio.editor.saved', { version: status.version })
                : t('studio.editor.upToDate')}
      </p>
      {status.kind === 'conflict' ? (
        <div className="studio-conflict" role="alert" data-testid="save-conflict">
          <h2>{t('studio.editor.conflictTitle')}</h2>
          <p>
            {t('studio.editor.conflictText', {
              version: status.latest.version,
              time: dateTimeFormat(language).format(status.latest.savedAt),
            })}
          </p>
          <div className="studio-conflict__actions">
            <button
              type="button"
              className="button button--secondary"
              data-testid="conflict-open-theirs"
              onClick={onOpenTheirs}
            >
              {t('studio.editor.conflictOpenTheirs')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              data-testid="conflict-save-on-top"
              onClick={() => onSaveOnTop(note.trim())}
            >
              {t('studio.editor.conflictSaveOnTop', { version: status.latest.version + 1 })}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
