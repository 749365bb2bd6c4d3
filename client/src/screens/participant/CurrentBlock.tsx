import type { BlockView, Timer } from '@samenspel/shared';
import { Countdown } from '../../components/Countdown';
import { PerspectiveBadge } from '../../components/PerspectiveBadge';
import { PlainText } from '../../components/PlainText';
import { useT } from '../../i18n/useT';

interface CurrentBlockProps {
  block: BlockView;
  blockCount: number;
  timer: Timer | null;
}

/** The block on the phone: where we are, what kind, through which lens, and how long still. */
export function CurrentBlock({ block, blockCount, timer }: CurrentBlockProps) {
  const t = useT();
  return (
    <article className="block" data-testid="current-block" data-block-id={block.id}>
      <p className="block__meta">
        <span className="block__kind" data-testid="block-kind" data-kind={block.kind}>
          {t(`kind.${block.kind}`)}
        </span>
        <span data-testid="block-progress">
          {t('participant.blockOf', { n: block.index + 1, m: blockCount })}
        </span>
      </p>
      <h1 data-testid="block-title">{block.title}</h1>
      {block.perspective ? <PerspectiveBadge perspective={block.perspective} /> : null}
      {timer ? <Countdown timer={timer} size="large" /> : null}
      {block.text ? (
        <PlainText text={block.text} className="block__text" testId="block-text" />
      ) : (
        <p className="block__text block__text--empty">{t('participant.lookAtScreen')}</p>
      )}
    </article>
  );
}
