import type { FacilitatorView } from '@samenspel/shared';
import { PerspectiveBadge } from '../../components/PerspectiveBadge';
import { PlainText } from '../../components/PlainText';
import { useT } from '../../i18n/useT';

/** The block the room is in, with the facilitator's own notes for it. */
export function CurrentBlockPanel({ view }: { view: FacilitatorView }) {
  const t = useT();
  const index = view.currentBlockIndex;
  const block = index === null ? undefined : view.scenario.blocks[index];
  if (view.room.status !== 'running') return null;
  if (!block || index === null) return <p>{t('console.noBlock')}</p>;
  return (
    <article className="current-block" data-testid="current-block" data-block-id={block.id}>
      <p className="block__meta">
        <span className="block__kind" data-testid="block-kind" data-kind={block.kind}>
          {t(`kind.${block.kind}`)}
        </span>
        <span data-testid="block-progress">
          {t('participant.blockOf', { n: index + 1, m: view.scenario.blocks.length })}
        </span>
      </p>
      <h3 className="current-block__title" data-testid="block-title">
        {block.title}
      </h3>
      {block.kind === 'casus' ? <PerspectiveBadge perspective={block.perspective} /> : null}
      <h4>{t('console.notes')}</h4>
      {block.notes ? (
        <PlainText text={block.notes} className="notes" testId="block-notes" />
      ) : (
        <p className="muted">{t('console.noNotes')}</p>
      )}
    </article>
  );
}
