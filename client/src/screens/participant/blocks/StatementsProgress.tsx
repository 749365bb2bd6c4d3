import type { ReactNode } from 'react';
import { useT } from '../../../i18n/useT';

/** The sticky bar over a stellingenlijst ("12 van 24 beantwoord"), in a room and in the self-test. */
export function StatementsProgress({
  answered,
  total,
  children,
}: {
  answered: number;
  total: number;
  /** Beside the count: how sending goes, in a room. */
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <div className="statements-bar">
      <p
        className="statements-bar__progress"
        data-testid="statements-progress"
        data-answered={answered}
        data-total={total}
      >
        <strong>{t('phone.statements.progress', { n: answered, m: total })}</strong>{' '}
        {t('phone.statements.progressLabel')}
      </p>
      <div className="progress" aria-hidden="true">
        <span
          className="progress__fill"
          style={{ width: `${total > 0 ? (answered / total) * 100 : 0}%` }}
        />
      </div>
      {children}
    </div>
  );
}

/** Moves to a heading and puts the focus on it, for keyboards and screen readers too. */
export function focusHeading(id: string): void {
  const heading = document.getElementById(id);
  heading?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  heading?.focus({ preventScroll: true });
}
