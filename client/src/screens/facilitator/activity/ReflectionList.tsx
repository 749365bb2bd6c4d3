import type { FacilitatorRun } from '@samenspel/shared';
import type { SendCommand } from '../../../hooks/useRoomConnection';
import { useT } from '../../../i18n/useT';
import { ReflectionItem } from './ReflectionItem';

interface ReflectionListProps {
  blockId: string;
  anonymous: boolean;
  run: FacilitatorRun;
  send: SendCommand;
}

/** What the room wrote, to read, hide or put on the projector one by one. */
export function ReflectionList({ blockId, anonymous, run, send }: ReflectionListProps) {
  const t = useT();
  const { reflections } = run;
  const onScreen = reflections.filter((r) => r.highlighted).length;
  const hidden = reflections.filter((r) => r.hidden).length;
  return (
    <section className="console-reflections" aria-label={t('console.reflections.heading')}>
      <p className="console-reflections__summary" data-testid="reflection-summary">
        <span data-testid="highlight-count" data-count={onScreen}>
          {t('console.reflections.onScreenCount', { count: onScreen })}
        </span>
        {hidden > 0 ? (
          <span data-testid="hidden-count" data-count={hidden}>
            {' · '}
            {t('console.reflections.hiddenCount', { count: hidden })}
          </span>
        ) : null}
      </p>
      {anonymous ? (
        <p className="console-reflections__anonymous muted small">
          {t('console.reflections.anonymous')}
        </p>
      ) : null}
      {reflections.length === 0 ? (
        <p className="console-empty">{t('console.reflections.empty')}</p>
      ) : (
        <ul className="console-reflections__list">
          {reflections.map((reflection) => (
            <ReflectionItem
              key={reflection.id}
              reflection={reflection}
              moderate={(hiddenNow, highlighted) =>
                void send({
                  type: 'reflection.moderate',
                  blockId,
                  reflectionId: reflection.id,
                  hidden: hiddenNow,
                  highlighted,
                })
              }
            />
          ))}
        </ul>
      )}
    </section>
  );
}
