import { useT } from '../../../i18n/useT';
import type { Mine } from './types';

type Members = NonNullable<Mine['group']>['members'];

/** A group's members: themselves first, marked; then the partners, by name unless they chose not to. */
export function GroupMembers({ members }: { members: Members }) {
  const t = useT();
  return (
    <ul className="group-card__members">
      {[...members]
        .sort((a, b) => Number(b.me) - Number(a.me))
        .map((member, i) => (
          <li
            key={i}
            className={
              member.name === null && !member.me
                ? 'group-member group-member--anonymous'
                : 'group-member'
            }
            data-testid="group-member"
            data-me={member.me}
          >
            {member.me ? (
              <>
                {member.name === null ? null : <span>{member.name} </span>}
                <span className="group-member__me">{t('phone.groups.me')}</span>
              </>
            ) : (
              (member.name ?? t('phone.groups.anonymous'))
            )}
          </li>
        ))}
    </ul>
  );
}
