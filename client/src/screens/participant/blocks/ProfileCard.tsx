import { useId } from 'react';
import { IDEAL_TYPES, strongestType, type ParticipantView } from '@samenspel/shared';
import { TernaryChart } from '../../../components/charts/TernaryChart';
import { useT } from '../../../i18n/useT';

export type ProfileData = NonNullable<ParticipantView['profile']>;

interface ProfileCardProps {
  profile: ProfileData;
  /** An id for the heading, so a link can lead to it. */
  headingId?: string;
}

/**
 * The participant's own profile: where they stand in the triangle, then each ideal type with
 * its short explanation and how strongly they recognise themselves in it (bar plus number).
 */
export function ProfileCard({ profile, headingId }: ProfileCardProps) {
  const t = useT();
  const fallbackId = useId();
  const titleId = headingId ?? fallbackId;
  const strongest = strongestType(profile);
  return (
    <section className="profile" data-testid="profile" aria-labelledby={titleId}>
      <h2 id={titleId} className="profile__title" tabIndex={-1}>
        {t('phone.profile.title')}
      </h2>
      <p className="profile__lead" data-testid="profile-leaning">
        {strongest === null
          ? t('phone.profile.balanced')
          : t('phone.profile.leaning', { type: t(`type.${strongest}`) })}
      </p>
      <TernaryChart title={t('phone.profile.chart')} you={profile.share} />
      <ul className="profile__types">
        {IDEAL_TYPES.map((type) => {
          const percent = Math.round(profile.strength[type] * 100);
          return (
            <li
              key={type}
              className={`profile-type profile-type--${type}`}
              data-testid="profile-type"
              data-type={type}
            >
              <h3 className="profile-type__name">{t(`type.${type}`)}</h3>
              <p className="profile-type__short">{t(`type.${type}.short`)}</p>
              <p className="profile-type__strength">
                <span>{t('phone.profile.strength')}</span>
                <strong data-testid="profile-strength">{percent}%</strong>
              </p>
              <div className="strength-bar" aria-hidden="true">
                <span className="strength-bar__fill" style={{ width: `${percent}%` }} />
              </div>
            </li>
          );
        })}
      </ul>
      {profile.answered < profile.total ? (
        <p className="field__hint">
          {t('phone.profile.partial', { n: profile.answered, m: profile.total })}
        </p>
      ) : null}
      <p className="profile__note">{t('phone.profile.note')}</p>
    </section>
  );
}
