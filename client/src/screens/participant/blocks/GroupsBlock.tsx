import { useT } from '../../../i18n/useT';
import type { ActivityProps } from './types';
import { GroupMembers } from './GroupMembers';
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
          <GroupMembers members={group.members} />
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
