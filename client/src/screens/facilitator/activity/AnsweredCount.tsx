import { useT } from '../../../i18n/useT';

interface AnsweredCountProps {
  answered: number;
  members: number;
}

/** "7 of 11 answered", with a bar for a glance from across the room; the words carry it all. */
export function AnsweredCount({ answered, members }: AnsweredCountProps) {
  const t = useT();
  // Someone who answered and then left still counts as an answer, so the share can pass 100%.
  const share = members > 0 ? Math.min(1, answered / members) : 0;
  return (
    <div className="console-answered">
      <p
        className="console-answered__text"
        data-testid="answered-count"
        data-answered={answered}
        data-members={members}
      >
        {t('console.activity.answered', { answered, members })}
      </p>
      <span className="console-answered__track" aria-hidden="true">
        <span className="console-answered__fill" style={{ width: `${share * 100}%` }} />
      </span>
    </div>
  );
}
