import { useId, useState, type FormEvent } from 'react';
import { isMember, type FacilitatorView, type RoleCard } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import { participantLabel } from './participantLabel';

interface RoleAssignmentTableProps {
  cards: readonly RoleCard[];
  /** The assignment the server holds now; null before anything was dealt. */
  roles: Readonly<Record<string, string>> | null;
  participants: FacilitatorView['participants'];
  /** Sends the complete map: the server replaces the whole assignment with it. */
  save: (assignments: Record<string, string>) => void;
}

/**
 * Who plays which card, one select per participant. Edits stay local until "Save", which sends
 * the whole map. The parent remounts this table whenever the server's assignment changes, so a
 * new deal or a saved change always starts from what the server holds.
 */
export function RoleAssignmentTable({
  cards,
  roles,
  participants,
  save,
}: RoleAssignmentTableProps) {
  const t = useT();
  const captionId = useId();
  // People still in the room, and anyone who already holds a card even if their phone dropped.
  const rows = participants.filter(
    (p) => isMember(p) && (p.presence === 'connected' || roles?.[p.id] !== undefined),
  );
  const [draft, setDraft] = useState<Record<string, string>>(() => {
    const start: Record<string, string> = {};
    for (const row of rows) {
      const cardId = roles?.[row.id];
      if (cardId) start[row.id] = cardId;
    }
    return start;
  });

  const known = new Set(rows.map((row) => row.id));
  const assignments = Object.fromEntries(
    Object.entries(draft).filter(([id, cardId]) => known.has(id) && cardId !== ''),
  );
  const saved = Object.fromEntries(Object.entries(roles ?? {}).filter(([id]) => known.has(id)));
  const dirty = !sameMap(assignments, saved);
  const withoutCard = rows.filter((row) => row.presence === 'connected' && !assignments[row.id]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (Object.keys(assignments).length > 0) save(assignments);
  };

  if (rows.length === 0) return <p className="console-empty">{t('console.roles.nobodyHere')}</p>;
  return (
    <form className="console-role-table" onSubmit={onSubmit} data-testid="role-table">
      <table className="console-table">
        <caption id={captionId} className="console-table__caption">
          {t('console.roles.tableCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('console.roles.participant')}</th>
            <th scope="col">{t('console.roles.card')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const name = participantLabel(participants, row.id, t);
            const value = draft[row.id] ?? '';
            const changed = value !== (roles?.[row.id] ?? '');
            const selectId = `${captionId}-${row.id}`;
            return (
              <tr
                key={row.id}
                data-testid="role-row"
                data-participant-id={row.id}
                data-card-id={roles?.[row.id] ?? ''}
                data-draft-card-id={value}
                className={changed ? 'console-role-table__row--changed' : undefined}
              >
                <th scope="row">
                  <label htmlFor={selectId}>{name}</label>
                  {row.presence === 'dropped' ? (
                    <span className="console-role-table__presence small">
                      {' '}
                      · {t('presence.dropped')}
                    </span>
                  ) : null}
                </th>
                <td>
                  <select
                    id={selectId}
                    className="input console-role-table__select"
                    data-testid="role-select"
                    value={value}
                    onChange={(event) =>
                      setDraft((current) => ({ ...current, [row.id]: event.target.value }))
                    }
                  >
                    <option value="">{t('console.roles.noCard')}</option>
                    {cards.map((card) => (
                      <option key={card.id} value={card.id}>
                        {card.name}
                      </option>
                    ))}
                  </select>
                  {changed ? (
                    <span className="console-role-table__changed small">
                      {t('console.roles.changed')}
                    </span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {withoutCard.length > 0 ? (
        <p className="console-role-table__warning" data-testid="roles-without-card">
          {t('console.roles.withoutCard', { count: withoutCard.length })}
        </p>
      ) : null}
      <div className="button-row">
        <button
          type="submit"
          className="button button--primary"
          data-testid="roles-save"
          disabled={!dirty || Object.keys(assignments).length === 0}
        >
          {t('console.roles.save')}
        </button>
        <p className="console-role-table__status small" aria-live="polite">
          {dirty ? t('console.roles.unsaved') : roles ? t('console.roles.saved') : ''}
        </p>
      </div>
    </form>
  );
}

function sameMap(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
