import type { BlockView, PresenterView } from '@samenspel/shared';
import { Countdown } from '../../components/Countdown';
import { PerspectiveBadge } from '../../components/PerspectiveBadge';
import { PlainText } from '../../components/PlainText';
import { useT } from '../../i18n/useT';

interface PresenterRunningProps {
  view: PresenterView;
  block: BlockView;
}

/** During the session: the block's title, lens and screen text in large type, and the timer. */
export function PresenterRunning({ view, block }: PresenterRunningProps) {
  const t = useT();
  return (
    <article className="presenter__block" data-testid="current-block" data-block-id={block.id}>
      <header className="presenter__block-head">
        <p className="presenter__eyebrow">
          <span data-testid="block-kind" data-kind={block.kind}>
            {t(`kind.${block.kind}`)}
          </span>
          {' · '}
          <span data-testid="block-progress">
            {t('participant.blockOf', { n: block.index + 1, m: view.blockCount })}
          </span>
        </p>
        {view.timer ? <Countdown timer={view.timer} size="huge" /> : null}
      </header>
      <h1 className="presenter__title" data-testid="block-title">
        {block.title}
      </h1>
      {block.perspective ? <PerspectiveBadge perspective={block.perspective} /> : null}
      {block.text ? (
        <PlainText text={block.text} className="presenter__text" testId="block-text" />
      ) : null}
    </article>
  );
}
