import { useT } from '../../../i18n/useT';
import { AnsweredMeter } from '../AnsweredMeter';
import { AskText } from '../AskText';
import type { BlockProps } from './types';

/**
 * The keukenbezoek in pairs: what to agree, how many pairs there are once drawn (who is with whom
 * is on the phones), and how many have saved their agreement. What they agreed stays theirs.
 */
export function VisitBlock({ block, content, live, headcount }: BlockProps<'visit'>) {
  const t = useT();
  const pairs = live.groupCount;
  const drawn = content.pairing === 'drawn';
  return (
    <div className="stage-question">
      <AskText block={block} prompt={content.prompt} />
      <p className="stage-tile__sub" data-testid="presenter-pairs" data-count={pairs ?? undefined}>
        {drawn
          ? pairs === null
            ? t('presenter.visit.pending')
            : `${t('presenter.visit.pairs', { count: pairs })} · ${t('presenter.visit.phone')}`
          : t('presenter.visit.chosen')}
      </p>
      <AnsweredMeter
        kind="visit"
        progress={live.progress}
        members={headcount.members}
        locked={live.locked}
      />
    </div>
  );
}
