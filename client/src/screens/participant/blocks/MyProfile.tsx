import { useT } from '../../../i18n/useT';
import { ProfileCard, type ProfileData } from './ProfileCard';
import './blocks.css';

/** The own profile, folded away, for later in the day once a stellingenlijst has been answered. */
export function MyProfile({ profile }: { profile: ProfileData }) {
  const t = useT();
  return (
    <details className="disclosure my-profile" data-testid="my-profile">
      <summary className="disclosure__summary">{t('phone.profile.mine')}</summary>
      <ProfileCard profile={profile} />
    </details>
  );
}
