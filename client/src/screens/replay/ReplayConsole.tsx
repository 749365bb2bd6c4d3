import { memo } from 'react';
import type { FacilitatorView } from '@samenspel/shared';
import type { SendCommand } from '../../hooks/useRoomConnection';
import { useT } from '../../i18n/useT';
import { Console } from '../facilitator/Console';

/** A replay changes nothing: any command a control might still try goes nowhere. */
const sendNothing: SendCommand = async () => ({
  ok: false,
  error: { code: 'closed', message: 'a replay sends no commands' },
});

/**
 * The facilitator's console as it was: the live component in its read-only mode, inside a
 * disabled fieldset, so every button that is left shows its state but cannot be pressed.
 */
export const ReplayConsole = memo(function ReplayConsole({ view }: { view: FacilitatorView }) {
  const t = useT();
  return (
    <fieldset className="replay-console__frame" disabled>
      <legend className="visually-hidden">{t('replay.console.readOnly')}</legend>
      <Console view={view} send={sendNothing} readOnly />
    </fieldset>
  );
});
