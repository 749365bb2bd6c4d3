import { memo, useMemo, useState } from 'react';
import { hasChart, previewViews, type Scenario } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import { ConsoleFrame } from './ConsoleFrame';
import { PhoneFrame } from './PhoneFrame';
import { ProjectorFrame } from './ProjectorFrame';
import './preview.css';

export interface PreviewPaneProps {
  /** The programme as the checker's schema parsed it (defaults filled in); null while it cannot be. */
  scenario: Scenario | null;
  /** The block selected in the editor. */
  blockId: string | null;
}

type Screen = 'phone' | 'projector' | 'console';
const SCREENS: Screen[] = ['phone', 'projector', 'console'];

/**
 * The selected block as the phone (360 px), the projector (16:9) and the console show it: the
 * real screen components, fed by the real projections of a room folded from sample events
 * (previewViews). Nothing in it sends anything: there is no room behind it. Memoised: the editor
 * re-renders on every keystroke, and the checked scenario keeps its identity until the draft
 * changes, so the three screens are drawn again only when the scenario or the block does.
 */
export const PreviewPane = memo(function PreviewPane({ scenario, blockId }: PreviewPaneProps) {
  const t = useT();
  const [screen, setScreen] = useState<Screen>('phone');
  const [revealed, setRevealed] = useState(false);
  const block = scenario?.blocks.find((b) => b.id === blockId) ?? scenario?.blocks[0] ?? null;
  const views = useMemo(
    () => (scenario && block ? previewViews(scenario, block.id, Date.now(), { revealed }) : null),
    [scenario, block, revealed],
  );
  if (scenario === null || block === null || views === null) {
    return (
      <div className="studio-preview" data-testid="preview">
        <p className="studio-preview__waiting" data-testid="preview-unavailable">
          {t('studio.preview.unavailable')}
        </p>
      </div>
    );
  }
  return (
    <div className="studio-preview" data-testid="preview" data-block-id={block.id}>
      <p className="studio-preview__note">{t('studio.preview.note', { title: block.title })}</p>
      <div className="studio-preview__controls">
        <div
          role="group"
          aria-label={t('studio.preview.screens')}
          className="studio-preview__screens"
        >
          {SCREENS.map((option) => (
            <button
              key={option}
              type="button"
              className="button button--quiet"
              aria-pressed={screen === option}
              data-testid={`preview-show-${option}`}
              onClick={() => setScreen(option)}
            >
              {t(`studio.preview.${option}`)}
            </button>
          ))}
        </div>
        {hasChart(block) ? (
          <label className="studio-preview__reveal">
            <input
              type="checkbox"
              checked={revealed}
              data-testid="preview-revealed"
              onChange={(event) => setRevealed(event.target.checked)}
            />
            {t('studio.preview.revealed')}
          </label>
        ) : null}
      </div>
      {screen === 'phone' ? <PhoneFrame view={views.participant} /> : null}
      {screen === 'projector' ? <ProjectorFrame view={views.presenter} /> : null}
      {screen === 'console' ? <ConsoleFrame view={views.facilitator} /> : null}
    </div>
  );
});
