import { blockPosition, type FacilitatorView } from '@samenspel/shared';
import { PerspectiveBadge } from '../../components/PerspectiveBadge';
import { PlainText } from '../../components/PlainText';
import { useT } from '../../i18n/useT';

/** The case the room chose in an earlier practice block, which this block now plays. */
function CaseFromRoom({ view, caseFrom }: { view: FacilitatorView; caseFrom: string | undefined }) {
  const t = useT();
  const chosen = caseFrom === undefined ? null : view.runs[caseFrom]?.cases?.chosen;
  if (!chosen) return null;
  return (
    <section className="current-block__case" data-testid="current-block-case">
      <h4>
        {t('console.practice.fromRoom')}: {chosen.title}
      </h4>
      <PlainText text={chosen.text} />
    </section>
  );
}

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
          {t(
            'participant.blockOf',
            blockPosition(view.room.meeting, index, view.scenario.blocks.length),
          )}
        </span>
      </p>
      <h3 className="current-block__title" data-testid="block-title">
        {block.title}
      </h3>
      {block.kind === 'casus' ? <PerspectiveBadge perspective={block.perspective} /> : null}
      <CaseFromRoom view={view} caseFrom={'caseFrom' in block ? block.caseFrom : undefined} />
      <h4>{t('console.notes')}</h4>
      {block.notes ? (
        <PlainText text={block.notes} className="notes" testId="block-notes" />
      ) : (
        <p className="muted">{t('console.noNotes')}</p>
      )}
    </article>
  );
}
