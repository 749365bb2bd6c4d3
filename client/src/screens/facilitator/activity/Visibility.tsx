import { useT } from '../../../i18n/useT';
import { Icon } from '../Icon';

interface VisibilityProps {
  revealed: boolean;
  /** A smaller tag, for one round among several. */
  compact?: boolean;
}

/**
 * Says in words whether the room can see this tally. The facilitator glances at live numbers
 * before deciding to show them, so "only you" must be impossible to miss.
 */
export function Visibility({ revealed, compact = false }: VisibilityProps) {
  const t = useT();
  const state = revealed ? 'public' : 'private';
  const text = compact
    ? t(revealed ? 'console.activity.publicShort' : 'console.activity.privateShort')
    : t(revealed ? 'console.activity.public' : 'console.activity.private');
  return (
    <p
      className={`console-visibility console-visibility--${state}${compact ? ' console-visibility--compact' : ''}`}
      data-visibility={state}
    >
      <Icon name={revealed ? 'screen' : 'eyeOff'} className="console-visibility__icon" />
      <span>{text}</span>
    </p>
  );
}
