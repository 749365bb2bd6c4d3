import type { MessageKey } from '../../../i18n/types';

/** The words for each point of an agree–disagree scale, from fully disagree to fully agree. */
const LABELS: Record<number, MessageKey[]> = {
  5: [
    'phone.scale.stronglyDisagree',
    'phone.scale.disagree',
    'phone.scale.neutral',
    'phone.scale.agree',
    'phone.scale.stronglyAgree',
  ],
  7: [
    'phone.scale.stronglyDisagree',
    'phone.scale.disagree',
    'phone.scale.somewhatDisagree',
    'phone.scale.neutral',
    'phone.scale.somewhatAgree',
    'phone.scale.agree',
    'phone.scale.stronglyAgree',
  ],
};

/**
 * The label of point `value` (1-based) on a scale of `points`. Scenarios use 5 or 7 points; any
 * other length names its ends and numbers the rest, so it still reads right.
 */
export function scaleLabel(
  value: number,
  points: number,
): { key: MessageKey; vars?: Record<string, number> } {
  const known = LABELS[points]?.[value - 1];
  if (known) return { key: known };
  if (value === 1) return { key: 'phone.scale.stronglyDisagree' };
  if (value === points) return { key: 'phone.scale.stronglyAgree' };
  return { key: 'phone.scale.point', vars: { n: value, m: points } };
}
