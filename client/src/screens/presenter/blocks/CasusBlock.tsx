import { FitBox } from '../FitBox';
import { ScreenText, hasScreenText } from '../ScreenText';
import { useT } from '../../../i18n/useT';
import type { BlockProps } from './types';

/**
 * A casus round: the assignment for this lens in large type, and the case itself beside it on a
 * sheet of "paper" (the long text is handed out on paper too; on screen it is the reference).
 * The lens banner sits above, in the stage frame.
 */
export function CasusBlock({ block, content }: BlockProps<'casus'>) {
  const t = useT();
  const screen = hasScreenText(block.text, block.title, 'first') ? block.text : null;
  return (
    <div className={`stage-casus ${screen && content.caseText ? 'stage-casus--both' : ''}`}>
      {screen ? (
        <FitBox content={screen} className="stage-casus__task">
          <ScreenText
            text={screen}
            title={block.title}
            headings="first"
            className="stage-text--large"
            testId="block-text"
          />
        </FitBox>
      ) : null}
      {content.caseText ? (
        <section className="stage-casus__case" aria-label={t('presenter.case')}>
          <p className="stage-casus__label" aria-hidden="true">
            {t('presenter.case')}
          </p>
          <FitBox
            content={content.caseText}
            className="stage-casus__sheet"
            testId="presenter-case"
            grow={1.7}
          >
            <ScreenText text={content.caseText} title={block.title} headings="keep" />
          </FitBox>
        </section>
      ) : null}
    </div>
  );
}
