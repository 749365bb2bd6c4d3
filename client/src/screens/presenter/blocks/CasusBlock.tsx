import { FitBox } from '../FitBox';
import { ScreenText, hasScreenText } from '../ScreenText';
import { CaseSheet } from './CaseSheet';
import type { BlockProps } from './types';

/**
 * A casus round: the assignment for this lens in large type, and the case itself beside it on a
 * sheet of "paper" (the long text is handed out on paper too; on screen it is the reference).
 * The lens banner sits above, in the stage frame.
 */
export function CasusBlock({ block, content }: BlockProps<'casus'>) {
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
      {content.caseText ? <CaseSheet text={content.caseText} title={block.title} /> : null}
    </div>
  );
}
