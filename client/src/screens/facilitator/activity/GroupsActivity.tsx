import type { Block, FacilitatorRun, FacilitatorView } from '@samenspel/shared';
import type { SendCommand } from '../../../hooks/useRoomConnection';
import { useT } from '../../../i18n/useT';
import { participantLabel } from './participantLabel';

interface GroupsActivityProps {
  view: FacilitatorView;
  block: Extract<Block, { kind: 'groups' }>;
  run: FacilitatorRun | undefined;
  send: SendCommand;
}

/** Split the room into groups of the block's size and see who sits with whom. */
export function GroupsActivity({ view, block, run, send }: GroupsActivityProps) {
  const t = useT();
  const groups = run?.groups ?? null;
  const grouped = new Set(groups?.flat() ?? []);
  // People who came in after the groups were made: the facilitator may want to form them again.
  const outside = view.participants.filter((p) => p.presence === 'connected' && !grouped.has(p.id));
  return (
    <div className="groups">
      <p className="groups__rule">{t('console.groups.size', { size: block.size })}</p>
      <div className="button-row">
        <button
          type="button"
          className={groups ? 'button button--secondary' : 'button button--primary'}
          data-testid="groups-form"
          onClick={() => void send({ type: 'groups.form', blockId: block.id })}
        >
          {groups ? t('console.groups.formAgain') : t('console.groups.form')}
        </button>
      </div>
      <p className="muted small">{t('console.groups.hint')}</p>
      {groups && outside.length > 0 ? (
        <p className="groups__warning" data-testid="groups-outside">
          {t('console.groups.outside', { count: outside.length })}
        </p>
      ) : null}
      {groups ? (
        <ol
          className="group-list"
          aria-label={t('console.groups.heading', { count: groups.length })}
        >
          {groups.map((members, i) => (
            <li
              key={i}
              className="group"
              data-testid="group"
              data-group-number={i + 1}
              data-size={members.length}
            >
              <h4 className="group__name">{t('console.groups.name', { n: i + 1 })}</h4>
              <ul className="group__members">
                {members.map((id) => {
                  const left = view.participants.find((p) => p.id === id)?.presence === 'left';
                  return (
                    <li key={id} className={left ? 'group__member--left' : undefined}>
                      {participantLabel(view.participants, id, t)}
                      {left ? <span className="small"> · {t('presence.left')}</span> : null}
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
