import type { Perspective } from '@samenspel/shared';
import { useT } from '../../i18n/useT';

/**
 * The lens of a casus round, in the lens's colour and, so it never rests on colour alone, in
 * words: "Door de ogen van de Ondernemer".
 */
export function PerspectiveBanner({ perspective }: { perspective: Perspective }) {
  const t = useT();
  return (
    <p
      className={`stage-lens stage-lens--${perspective}`}
      data-testid="presenter-perspective"
      data-perspective={perspective}
    >
      <span className="stage-lens__label">{t('presenter.lens.label')}</span>
      <span className="stage-lens__name">{t(`presenter.lens.${perspective}`)}</span>
    </p>
  );
}

/** The same lens as a small chip, to head one round among others. */
export function PerspectiveChip({ perspective }: { perspective: Perspective }) {
  const t = useT();
  return (
    <span
      className={`stage-chip stage-chip--${perspective}`}
      data-testid="presenter-round-perspective"
      data-perspective={perspective}
    >
      {t(`perspective.${perspective}`)}
    </span>
  );
}
