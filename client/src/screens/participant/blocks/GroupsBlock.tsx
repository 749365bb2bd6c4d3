import { useT } from '../../../i18n/useT';
import type { ActivityProps } from './types';
import { Waiting } from './Waiting';

type GroupsBlockProps = Omit<ActivityProps<'groups'>, 'target'>;

/** Group work: the task, then which group one is in and with whom, once the groups are made. */
export function GroupsBlock({ content, mine }: GroupsBlockProps) {
  const t = useT();
  const group = mine.group;
  return (
    <div className="activity">
      <p className="activity__question">{content.prompt}</p>
      {group ? (
        <section className="group-card" data-testid="group" data-group-number={group.number}>
          <h2 className="group-card__title">{t('phone.groups.yours', { number: group.number })}</h2>
          <h3 className="group-card__label">{t('phone.groups.members')}</h3>
          <ul className="group-card__members">
            {/* Themselves first, marked; then the partners, by name unless they chose not to. */}
            {[...group.members]
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
        </section>
      ) : (
        <Waiting
          title={t(mine.groupsFormed ? 'phone.groups.missed' : 'phone.groups.waiting')}
          hint={t(mine.groupsFormed ? 'phone.groups.missedHint' : 'phone.groups.waitingHint')}
          testId={mine.groupsFormed ? 'groups-missed' : 'groups-waiting'}
        />
      )}
    </div>
  );
}
