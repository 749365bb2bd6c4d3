import type { FacilitatorRun } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import { Icon } from '../Icon';

type Reflection = FacilitatorRun['reflections'][number];

interface ReflectionItemProps {
  reflection: Reflection;
  /** Sends the reflection's new moderation: both flags, as the command wants. */
  moderate: (hidden: boolean, highlighted: boolean) => void;
}

/**
 * One reflection with its two moderation actions. The author is shown only as the server gives
 * it: null means anonymous, and the console never fills it in from anything else.
 */
export function ReflectionItem({ reflection, moderate }: ReflectionItemProps) {
  const t = useT();
  const { hidden, highlighted } = reflection;
  const classes = ['console-reflection'];
  if (hidden) classes.push('console-reflection--hidden');
  if (highlighted) classes.push('console-reflection--highlighted');
  return (
    <li
      className={classes.join(' ')}
      data-testid="reflection-item"
      data-reflection-id={reflection.id}
      data-hidden={hidden}
      data-highlighted={highlighted}
    >
      <blockquote className="console-reflection__text">{reflection.text}</blockquote>
      <div className="console-reflection__foot">
        <p className="console-reflection__author" data-testid="reflection-author">
          {reflection.author ?? <em>{t('console.anonymous')}</em>}
        </p>
        {hidden ? (
          <p className="console-tag console-tag--muted">
            <Icon name="eyeOff" /> {t('console.reflections.hiddenTag')}
          </p>
        ) : null}
        {highlighted ? (
          <p className="console-tag console-tag--public">
            <Icon name="screen" /> {t('console.reflections.onScreenTag')}
          </p>
        ) : null}
        <div className="console-reflection__actions">
          <button
            type="button"
            className="button console-button-small button--secondary"
            data-testid="reflection-highlight"
            // A hidden reflection never goes on the projector; the server refuses it as well.
            disabled={hidden}
            onClick={() => moderate(false, !highlighted)}
          >
            {highlighted
              ? t('console.reflections.unhighlight')
              : t('console.reflections.highlight')}
          </button>
          <button
            type="button"
            className="button console-button-small button--quiet"
            data-testid="reflection-hide"
            onClick={() => moderate(!hidden, false)}
          >
            {hidden ? t('console.reflections.show') : t('console.reflections.hide')}
          </button>
        </div>
      </div>
    </li>
  );
}
