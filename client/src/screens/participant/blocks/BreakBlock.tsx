import type { Timer } from '@samenspel/shared';
import { Countdown } from '../../../components/Countdown';
import { useT } from '../../../i18n/useT';
import { BlockText } from './BlockText';

interface BreakBlockProps {
  timer: Timer | null;
  text: string | null;
}

/** A break: a large, calm countdown and a friendly word, nothing to do. */
export function BreakBlock({ timer, text }: BreakBlockProps) {
  const t = useT();
  return (
    <div className="break-card" data-testid="break-countdown">
      {timer ? (
        <>
          <p className="break-card__title">{t('phone.break.until')}</p>
          <Countdown timer={timer} size="huge" />
        </>
      ) : null}
      <BlockText text={text} />
      <p className="break-card__hint">{t('phone.break.hint')}</p>
    </div>
  );
}
