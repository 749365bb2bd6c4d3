import { formatDuration, type FacilitatorView } from '@samenspel/shared';
import { useServerNow } from '../../hooks/useServerNow';
import { useT } from '../../i18n/useT';
import { actualMsPerBlock } from '../../lib/agenda';

interface AgendaProps {
  view: FacilitatorView;
  onGoto: (blockId: string) => void;
}

/** All blocks with planned and actual time; while running, click one to go there. */
export function Agenda({ view, onGoto }: AgendaProps) {
  const t = useT();
  const now = useServerNow(1000);
  const running = view.room.status === 'running';
  const actual = actualMsPerBlock(view.visits, view.room.endedAt ?? now);
  return (
    <>
      {running ? <p className="muted small">{t('console.gotoHint')}</p> : null}
      <ol className="agenda" data-testid="agenda">
        {view.scenario.blocks.map((block, index) => {
          const current = index === view.currentBlockIndex && running;
          const spent = actual.get(index);
          return (
            <li
              key={block.id}
              className={current ? 'agenda__item agenda__item--current' : 'agenda__item'}
              data-testid="agenda-item"
              data-block-id={block.id}
              data-current={current}
            >
              <button
                type="button"
                className="agenda__button"
                disabled={!running || current}
                aria-current={current ? 'step' : undefined}
                aria-label={t('console.goto', { title: block.title })}
                onClick={() => onGoto(block.id)}
              >
                <span className="agenda__index">{index + 1}</span>
                <span className="agenda__title">
                  {block.title}
                  <span className="agenda__kind"> · {t(`kind.${block.kind}`)}</span>
                </span>
                <span className="agenda__time">
                  {t('console.planned', { minutes: block.minutes })}
                  {spent !== undefined ? (
                    <span className="agenda__actual" data-testid="agenda-actual">
                      {' · '}
                      {t('console.actual', { time: formatDuration(spent) })}
                    </span>
                  ) : null}
                  {current ? (
                    <strong className="agenda__now"> · {t('console.current')}</strong>
                  ) : null}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </>
  );
}
