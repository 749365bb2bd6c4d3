import type { Block, FacilitatorRun, FacilitatorView } from '@samenspel/shared';
import { ConfirmButton } from '../../../components/ConfirmButton';
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
  const form = () => void send({ type: 'groups.form', blockId: block.id });
  const outside = view.participants.filter((p) => p.presence === 'connected' && !grouped.has(p.id));
  return (
    <div className="console-groups">
      <p className="console-groups__rule">{t('console.groups.size', { size: block.size })}</p>
      <div className="button-row">
        {groups ? (
          // Forming again splits up groups that may already be talking: ask first.
          <ConfirmButton
            label={t('console.groups.formAgain')}
            question={t('console.groups.formAgainQuestion')}
            confirmLabel={t('console.groups.formAgainConfirm')}
            onConfirm={form}
            testId="groups-form"
          />
        ) : (
          <button
            type="button"
            className="button button--primary"
            data-testid="groups-form"
            onClick={form}
          >
            {t('console.groups.form')}
          </button>
        )}
      </div>
      <p className="muted small">{t('console.groups.hint')}</p>
      {groups && outside.length > 0 ? (
        <p className="console-groups__warning" data-testid="groups-outside">
          {t('console.groups.outside', { count: outside.length })}
        </p>
      ) : null}
      {groups ? (
        <ol
          className="console-group-list"
          aria-label={t('console.groups.heading', { count: groups.length })}
        >
          {groups.map((members, i) => (
            <li
              key={i}
              className="console-group"
              data-testid="group"
              data-group-number={i + 1}
              data-size={members.length}
            >
              <h4 className="console-group__name">{t('console.groups.name', { n: i + 1 })}</h4>
              <ul className="console-group__members">
                {members.map((id) => {
                  const left = view.participants.find((p) => p.id === id)?.presence === 'left';
                  return (
                    <li key={id} className={left ? 'console-group__member--left' : undefined}>
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
