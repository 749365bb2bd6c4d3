import type { FacilitatorRun, FacilitatorView } from '@samenspel/shared';
import { ConfirmButton } from '../../../components/ConfirmButton';
import type { SendCommand } from '../../../hooks/useRoomConnection';
import { useT } from '../../../i18n/useT';
import { participantLabel } from './participantLabel';

interface GroupsActivityProps {
  view: FacilitatorView;
  blockId: string;
  size: number;
  run: FacilitatorRun | undefined;
  send: SendCommand;
  /** The pairs of a keukenbezoek: their own words, and a mark beside each who agreed a visit. */
  pairs?: boolean;
}

/** Split the room into groups of the block's size (or pairs) and see who sits with whom. */
export function GroupsActivity({
  view,
  blockId,
  size,
  run,
  send,
  pairs = false,
}: GroupsActivityProps) {
  const t = useT();
  const groups = run?.groups ?? null;
  const grouped = new Set(groups?.flat() ?? []);
  const agreed = new Set(pairs ? (run?.answeredBy ?? []) : []);
  // People who came in after the groups were made: the facilitator may want to form them again.
  const form = () => void send({ type: 'groups.form', blockId });
  const outside = view.participants.filter((p) => p.presence === 'connected' && !grouped.has(p.id));
  return (
    <div className="console-groups">
      <p className="console-groups__rule">
        {pairs ? t('console.pairs.rule') : t('console.groups.size', { size })}
      </p>
      <div className="button-row">
        {pairs && groups && agreed.size > 0 ? (
          // The server keeps pairs that agreements were made with; no button that it would refuse.
          <p className="muted small" data-testid="pairs-fixed">
            {t('console.pairs.fixed')}
          </p>
        ) : groups ? (
          // Forming again splits up groups that may already be talking: ask first.
          <ConfirmButton
            label={t('console.groups.formAgain')}
            question={t(
              pairs ? 'console.pairs.formAgainQuestion' : 'console.groups.formAgainQuestion',
            )}
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
            {t(pairs ? 'console.pairs.form' : 'console.groups.form')}
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
          aria-label={t(pairs ? 'console.pairs.heading' : 'console.groups.heading', {
            count: groups.length,
          })}
        >
          {groups.map((members, i) => (
            <li
              key={i}
              className="console-group"
              data-testid="group"
              data-group-number={i + 1}
              data-size={members.length}
            >
              <h4 className="console-group__name">
                {t(pairs ? 'console.pairs.name' : 'console.groups.name', { n: i + 1 })}
              </h4>
              <ul className="console-group__members">
                {members.map((id) => {
                  const left = view.participants.find((p) => p.id === id)?.presence === 'left';
                  return (
                    <li key={id} className={left ? 'console-group__member--left' : undefined}>
                      {participantLabel(view.participants, id, t)}
                      {left ? <span className="small"> · {t('presence.left')}</span> : null}
                      {agreed.has(id) ? (
                        <span className="small console-group__agreed" data-testid="pair-agreed">
                          {' '}
                          · ✓ {t('console.pairs.agreed')}
                        </span>
                      ) : null}
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
