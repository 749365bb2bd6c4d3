import type { RoomInfo } from '@samenspel/shared';
import { ConfirmButton } from '../../components/ConfirmButton';
import type { SendCommand } from '../../hooks/useRoomConnection';
import { useT } from '../../i18n/useT';

interface SessionControlsProps {
  status: RoomInfo['status'];
  /** The blocks before and after the current one, null at either end. */
  previousBlockId: string | null;
  nextBlockId: string | null;
  send: SendCommand;
}

/**
 * Start, previous and next: the moves through the programme. Previous and next are sent as a
 * jump to a named block, so presses queued while offline land on one block, not several.
 */
export function SessionControls({
  status,
  previousBlockId,
  nextBlockId,
  send,
}: SessionControlsProps) {
  const t = useT();
  const canPrevious = previousBlockId !== null;
  const canNext = nextBlockId !== null;
  if (status === 'ended') return null;
  return (
    <div className="button-row">
      {status === 'lobby' ? (
        <button
          type="button"
          className="button button--primary button--large"
          data-testid="session-start"
          onClick={() => void send({ type: 'session.start' })}
        >
          {t('console.start')}
        </button>
      ) : (
        <>
          <button
            type="button"
            className="button button--secondary"
            data-testid="block-previous"
            disabled={!canPrevious}
            onClick={() => {
              if (previousBlockId) void send({ type: 'block.goto', blockId: previousBlockId });
            }}
          >
            ← {t('console.previous')}
          </button>
          <button
            type="button"
            className="button button--primary"
            data-testid="block-next"
            disabled={!canNext}
            onClick={() => {
              if (nextBlockId) void send({ type: 'block.goto', blockId: nextBlockId });
            }}
          >
            {t('console.next')} →
          </button>
        </>
      )}
    </div>
  );
}

/** Ending is final, so it sits apart from the everyday buttons and asks once more. */
export function EndSessionControl({ send }: { send: SendCommand }) {
  const t = useT();
  return (
    <div className="session-end">
      <ConfirmButton
        label={t('console.end')}
        question={t('console.endQuestion')}
        confirmLabel={t('console.endConfirm')}
        onConfirm={() => void send({ type: 'session.end' })}
        testId="session-end"
      />
    </div>
  );
}
