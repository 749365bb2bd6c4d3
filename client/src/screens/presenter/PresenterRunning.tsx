import { blockPosition, rulesOf, type BlockView, type PresenterView } from '@samenspel/shared';
import { useT } from '../../i18n/useT';
import { BlockBody } from './blocks/BlockBody';
import { PerspectiveBanner } from './PerspectiveBanner';
import { PresenterTimer } from './PresenterTimer';

interface PresenterRunningProps {
  view: PresenterView;
  block: BlockView;
}

/**
 * During the session, one block per screen: where we are in the programme and the clock always
 * in the top bar, then the title, the lens of a casus, and the block's own body.
 */
export function PresenterRunning({ view, block }: PresenterRunningProps) {
  const t = useT();
  const { n, m } = blockPosition(view.room.meeting, block.index, view.blockCount);
  // The break screen makes the clock its centrepiece; a second one in the corner would compete.
  const cornerTimer = view.timer && rulesOf(block.kind).timerBeside ? view.timer : null;
  return (
    <article
      className={`stage stage--${block.kind}`}
      data-testid="presenter-block"
      data-kind={block.kind}
      data-block-id={block.id}
    >
      <header className="stage__bar" data-testid="current-block" data-block-id={block.id}>
        <div className="stage__where">
          <p className="stage__eyebrow">
            <span className="stage__kind" data-testid="block-kind" data-kind={block.kind}>
              {t(`kind.${block.kind}`)}
            </span>
            <span className="stage__dot" aria-hidden="true" />
            <span data-testid="block-progress">{t('presenter.progress', { n, m })}</span>
          </p>
          <span className="stage__progress" aria-hidden="true">
            <span className="stage__progress-done" style={{ width: `${(n / m) * 100}%` }} />
          </span>
        </div>
        {cornerTimer ? <PresenterTimer timer={cornerTimer} /> : null}
      </header>
      <h1 className="stage__title" data-testid="block-title">
        {block.title}
      </h1>
      {block.content.kind === 'casus' ? (
        <PerspectiveBanner perspective={block.content.perspective} />
      ) : null}
      <div className="stage__body" key={block.id}>
        <BlockBody view={view} block={block} />
      </div>
    </article>
  );
}
