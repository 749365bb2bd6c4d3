import type { Perspective } from '@samenspel/shared';
import { useT } from '../i18n/useT';

/** The lens a case is seen through, in the colour of that ideal type or side of the table. */
export function PerspectiveBadge({ perspective }: { perspective: Perspective }) {
  const t = useT();
  return (
    <p
      className={`perspective perspective--${perspective}`}
      data-testid="block-perspective"
      data-perspective={perspective}
    >
      <span className="perspective__label">{t('perspective.label')}:</span>{' '}
      <strong>{t(`perspective.${perspective}`)}</strong>
    </p>
  );
}
