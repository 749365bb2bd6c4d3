import type { Progress } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';

interface AnsweredCountProps {
  progress: Progress;
  members: number;
}

/**
 * "12 of 20 done · 3 busy", with a bar for a glance from across the room; the words carry it
 * all. Done is a finished answer by the one rule in shared (`isComplete`): a scale or a
 * stellingenlijst with every item answered; busy is one begun and not finished.
 */
export function AnsweredCount({ progress, members }: AnsweredCountProps) {
  const t = useT();
  const { complete, started } = progress;
  // Someone who answered and then left still counts as an answer, so the share can pass 100%.
  const share = members > 0 ? Math.min(1, complete / members) : 0;
  return (
    <div className="console-answered">
      <p
        className="console-answered__text"
        data-testid="answered-count"
        data-answered={complete + started}
        data-complete={complete}
        data-started={started}
        data-members={members}
      >
        {t('console.activity.answered', { complete, members })}
        {started > 0 ? ` · ${t('console.activity.started', { started })}` : null}
      </p>
      <span className="console-answered__track" aria-hidden="true">
        <span className="console-answered__fill" style={{ width: `${share * 100}%` }} />
      </span>
    </div>
  );
}
