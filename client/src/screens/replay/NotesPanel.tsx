import { useDeferredValue, useId, useState, type FormEvent } from 'react';
import type { TrainerNote } from '@samenspel/shared';
import { useT } from '../../i18n/useT';
import { seekSeq, type CursorStore } from './cursor';
import type { ReplayEngine } from './engine/types';
import { useClockFormat, useNumberFormat } from './format';
import { blockAt, timeOfSeq, type ReplayLog } from './replayLog';
import type { Notes } from './useNotes';
import { useSeqBesideScreens } from './useSeqBesideScreens';

const MAX_NOTE = 5000;

/**
 * The trainer's own notes, each pinned to a moment: write one at the playhead, jump to one,
 * delete one. The log itself is never touched.
 */
export function NotesPanel({
  cursor,
  engine,
  log,
  notes,
}: {
  cursor: CursorStore;
  engine: ReplayEngine;
  log: ReplayLog;
  notes: Notes;
}) {
  const t = useT();
  return (
    <section className="replay-notes panel" aria-labelledby="replay-notes-heading">
      <h2 id="replay-notes-heading">{t('replay.notes')}</h2>
      <NoteForm cursor={cursor} engine={engine} log={log} onSave={notes.add} />
      {notes.failed ? <p className="notice notice--error">{t('replay.notes.loadFailed')}</p> : null}
      {notes.notes.length === 0 ? (
        <p className="muted" data-testid="notes-empty">
          {t('replay.notes.empty')}
        </p>
      ) : (
        <ol className="replay-notes__list" data-testid="notes">
          {notes.notes.map((note) => (
            <NoteItem
              key={note.id}
              note={note}
              log={log}
              onJump={() => seekSeq(cursor, log, note.atSeq)}
              onDelete={() => notes.remove(note.id)}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function NoteForm({
  cursor,
  engine,
  log,
  onSave,
}: {
  cursor: CursorStore;
  engine: ReplayEngine;
  log: ReplayLog;
  onSave: Notes['add'];
}) {
  const t = useT();
  const id = useId();
  const clock = useClockFormat();
  const number = useNumberFormat();
  // Beside the screens, not the moment itself: drawn after them, in a render that gives way.
  const seq = useDeferredValue(useSeqBesideScreens(cursor, engine, 250));
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const block = blockAt(log, seq);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (trimmed === '' || busy) return;
    setBusy(true);
    setFailed(false);
    // The moment is read when saving: the playhead may have moved since the last redraw.
    const saved = await onSave(cursor.getState().seq, trimmed);
    setBusy(false);
    if (saved) setText('');
    else setFailed(true);
  };

  return (
    <form
      className="replay-note-form"
      onSubmit={(event) => void submit(event)}
      data-testid="note-form"
    >
      <label className="field__label" htmlFor={`${id}-text`}>
        {t('replay.notes.label')}
      </label>
      <p className="field__hint" id={`${id}-where`} data-testid="note-moment" data-seq={seq}>
        {t('replay.notes.moment', {
          time: clock.long(timeOfSeq(log, seq)),
          seq: number(seq),
          block: block ? block.title : t('replay.block.lobby'),
        })}
      </p>
      <textarea
        id={`${id}-text`}
        className="input replay-note-form__input"
        rows={3}
        maxLength={MAX_NOTE}
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-describedby={`${id}-where`}
        data-testid="note-input"
      />
      <div className="replay-note-form__actions">
        <button
          type="submit"
          className="button button--primary replay-button-small"
          disabled={busy || text.trim() === ''}
          data-testid="note-save"
        >
          {t('replay.notes.save')}
        </button>
        <span aria-live="polite">
          {failed ? <span className="field__error">{t('replay.notes.saveFailed')}</span> : null}
        </span>
      </div>
    </form>
  );
}

function NoteItem({
  note,
  log,
  onJump,
  onDelete,
}: {
  note: TrainerNote;
  log: ReplayLog;
  onJump: () => void;
  onDelete: () => Promise<boolean>;
}) {
  const t = useT();
  const clock = useClockFormat();
  const [busy, setBusy] = useState(false);
  const block = blockAt(log, note.atSeq);
  const moment = t('replay.notes.at', {
    time: clock.long(timeOfSeq(log, note.atSeq)),
    block: block ? block.title : t('replay.block.lobby'),
  });
  return (
    <li className="replay-note" data-testid="note" data-note-id={note.id} data-seq={note.atSeq}>
      <div className="replay-note__head">
        <button
          type="button"
          className="button button--quiet replay-note__jump"
          onClick={onJump}
          aria-label={t('replay.notes.jump', { moment })}
          data-testid="note-jump"
        >
          {moment}
        </button>
        <button
          type="button"
          className="button button--quiet replay-note__delete"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void onDelete().then((removed) => {
              if (!removed) setBusy(false);
            });
          }}
          aria-label={t('replay.notes.delete', { moment })}
          data-testid="note-delete"
        >
          {t('replay.notes.deleteShort')}
        </button>
      </div>
      <p className="replay-note__text">{note.text}</p>
    </li>
  );
}
