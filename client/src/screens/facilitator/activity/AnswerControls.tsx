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
          <button
            type="button"
            className="button button--secondary"
            data-testid="answers-unlock"
            aria-keyshortcuts="L"
            onClick={() => void send({ type: 'answers.unlock', blockId })}
          >
            {t('console.activity.unlock')}{' '}
            <kbd className="console-kbd" aria-hidden="true">
              L
            </kbd>
          </button>
        ) : (
          <button
            type="button"
            className="button button--secondary"
            data-testid="answers-lock"
            aria-keyshortcuts="L"
            onClick={() => void send({ type: 'answers.lock', blockId })}
          >
            {t('console.activity.lock')}{' '}
            <kbd className="console-kbd" aria-hidden="true">
              L
            </kbd>
          </button>
        )}
        {canReveal ? (
          run.revealed ? (
            <button
              type="button"
              className="button button--secondary"
              data-testid="results-hide"
              aria-keyshortcuts="R"
              onClick={() => void send({ type: 'results.hide', blockId })}
            >
              {t('console.activity.hide')}{' '}
              <kbd className="console-kbd" aria-hidden="true">
                R
              </kbd>
            </button>
          ) : (
            <button
              type="button"
              className="button button--primary"
              data-testid="results-reveal"
              aria-keyshortcuts="R"
              onClick={() => void send({ type: 'results.reveal', blockId })}
            >
              {t('console.activity.reveal')}{' '}
              <kbd className="console-kbd" aria-hidden="true">
                R
              </kbd>
            </button>
          )
        ) : null}
      </div>
    </div>
  );
}
