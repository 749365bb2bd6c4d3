import type { FacilitatorRun } from '@samenspel/shared';
import type { SendCommand } from '../../../hooks/useRoomConnection';
import { useT } from '../../../i18n/useT';
import { Icon } from '../Icon';

interface AnswerControlsProps {
  blockId: string;
  run: FacilitatorRun;
  /** Whether this block has a tally to reveal. */
  canReveal: boolean;
  send: SendCommand;
}

/**
 * Close or reopen the answers, show or hide the tally. Each button says what it will do and a
 * line of text says how things stand now, so the state never rests on colour or on a pressed look.
 */
export function AnswerControls({ blockId, run, canReveal, send }: AnswerControlsProps) {
  const t = useT();
  return (
    <div className="console-answer-controls">
      <p
        className="console-answer-controls__state"
        data-testid="answers-state"
        data-locked={run.locked}
      >
        <Icon name={run.locked ? 'lock' : 'unlock'} className="console-answer-controls__icon" />
        {run.locked ? t('console.activity.lockedState') : t('console.activity.openState')}
      </p>
      <div className="button-row console-answer-controls__buttons">
        {run.locked ? (
          <ShortcutButton
            testId="answers-unlock"
            shortcut="L"
            label={t('console.activity.unlock')}
            onClick={() => void send({ type: 'answers.unlock', blockId })}
          />
        ) : (
          <ShortcutButton
            testId="answers-lock"
            shortcut="L"
            label={t('console.activity.lock')}
            onClick={() => void send({ type: 'answers.lock', blockId })}
          />
        )}
        {canReveal ? (
          run.revealed ? (
            <ShortcutButton
              testId="results-hide"
              shortcut="R"
              label={t('console.activity.hide')}
              onClick={() => void send({ type: 'results.hide', blockId })}
            />
          ) : (
            <ShortcutButton
              testId="results-reveal"
              shortcut="R"
              primary
              label={t('console.activity.reveal')}
              onClick={() => void send({ type: 'results.reveal', blockId })}
            />
          )
        ) : null}
      </div>
    </div>
  );
}

/** A console button that names its keyboard shortcut, to the eye and to assistive technology. */
function ShortcutButton(props: {
  testId: string;
  shortcut: string;
  label: string;
  primary?: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className={`button ${props.primary ? 'button--primary' : 'button--secondary'}`}
      data-testid={props.testId}
      aria-keyshortcuts={props.shortcut}
      onClick={props.onClick}
    >
      {props.label}{' '}
      <kbd className="console-kbd" aria-hidden="true">
        {props.shortcut}
      </kbd>
    </button>
  );
}
