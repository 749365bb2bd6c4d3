import { memo } from 'react';
import type { ParticipantView as PhoneView } from '@samenspel/shared';
import type { SendCommand } from '../../../hooks/useRoomConnection';
import { useT } from '../../../i18n/useT';
import { ParticipantView } from '../../participant/ParticipantView';
import { SendContext } from '../../participant/blocks/sendContext';
import { FocusNewBlock } from '../../participant/blockFocus';

/** The preview sends nothing: there is no room behind it. */
const sendNothing: SendCommand = async () => ({
  ok: false,
  error: { code: 'closed', message: 'a preview sends no commands' },
});

/**
 * The phone's own screen at 360 px, as a participant who has not answered yet sees the block,
 * inside a disabled fieldset: it shows every control, and none can be used.
 */
export const PhoneFrame = memo(function PhoneFrame({ view }: { view: PhoneView }) {
  const t = useT();
  return (
    <div className="studio-preview__phone" data-testid="preview-phone">
      <SendContext.Provider value={sendNothing}>
        <FocusNewBlock.Provider value={false}>
          <fieldset disabled className="studio-preview__frame">
            <legend className="visually-hidden">{t('studio.preview.phone')}</legend>
            <ParticipantView view={view} onLeave={() => undefined} />
          </fieldset>
        </FocusNewBlock.Provider>
      </SendContext.Provider>
    </div>
  );
});
