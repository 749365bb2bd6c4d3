import { PerspectiveBadge } from '../../../components/PerspectiveBadge';
import { PlainText } from '../../../components/PlainText';
import { useT } from '../../../i18n/useT';
import { BlockText } from './BlockText';
import type { ContentOf } from './types';

interface CasusBlockProps {
  content: ContentOf<'casus'>;
  text: string | null;
}

/** A case: the lens first, so it is read through it, then the case, then the phone's question. */
export function CasusBlock({ content, text }: CasusBlockProps) {
  const t = useT();
  return (
    <div className="casus">
      <div className={`casus__banner casus__banner--${content.perspective}`}>
        <PerspectiveBadge perspective={content.perspective} />
        <p className="casus__lens">{t('phone.casus.lens')}</p>
      </div>
      {content.caseText ? (
        <section className="casus__case" aria-label={t('phone.casus.label')}>
          <PlainText text={content.caseText} testId="casus-text" />
        </section>
      ) : null}
      <BlockText text={text} />
    </div>
  );
}
