import type { BlockView, Timer } from '@samenspel/shared';
import { useServerNow } from '../../../hooks/useServerNow';
import { useLanguage } from '../../../i18n/language';
import { useT } from '../../../i18n/useT';
import { PresenterTimer } from '../PresenterTimer';
import { ScreenText } from '../ScreenText';
import { breakEndsAt, formatClockTime, minutesLeft } from '../format';

/** A break: a big, friendly clock, when to be back on the wall clock, and the screen text. */
export function BreakBlock({ block, timer }: { block: BlockView; timer: Timer | null }) {
  return (
    <div className="stage-break" data-testid="presenter-break">
      <span className="stage-break__cup" aria-hidden="true">
        <svg viewBox="0 0 64 64" focusable="false">
          <path
            className="stage-break__steam"
            d="M24 6c-4 5 4 8 0 13M34 4c-4 5 4 8 0 13M44 6c-4 5 4 8 0 13"
          />
          <path
            className="stage-break__mug"
            d="M12 26h40v14a16 16 0 0 1-16 16h-8a16 16 0 0 1-16-16z"
          />
          <path className="stage-break__handle" d="M52 30h3a7 7 0 0 1 0 14h-4" />
        </svg>
      </span>
      {timer ? <BreakClock timer={timer} minutes={block.minutes} /> : null}
      {block.text ? (
        <ScreenText
          text={block.text}
          title={block.title}
          headings="first"
          className="stage-text--large"
          testId="block-text"
        />
      ) : null}
    </div>
  );
}

function BreakClock({ timer, minutes }: { timer: Timer; minutes: number }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const now = useServerNow(1000);
  const endsAt = breakEndsAt(timer);
  let until: string;
  if (endsAt !== null)
    until = t('presenter.break.until', { time: formatClockTime(endsAt, language) });
  else if (timer.status === 'expired') until = t('presenter.break.over');
  else {
    // Idle or paused: no end on the wall clock yet, so say how long it lasts.
    const left = timer.durationMs > 0 ? minutesLeft(timer, now) : minutes;
    until = t('presenter.break.minutes', { minutes: left });
  }
  return (
    <>
      <p
        className="stage-break__until"
        data-testid="presenter-break-until"
        data-ends-at={endsAt ?? undefined}
      >
        {until}
      </p>
      <PresenterTimer timer={timer} size="giant" />
    </>
  );
}
