import { IDEAL_TYPES, type Profile, type SelfTestSaved } from '@samenspel/shared';
import { useLanguage } from '../../i18n/language';
import { useT } from '../../i18n/useT';
import { ProfileCard } from '../participant/blocks/ProfileCard';
import { CarryToWorkshop } from './CarryToWorkshop';
import { PictureDownloads } from './PictureDownloads';
import type { SelfTestMemory } from './selfTestMemory';

interface SelfTestResultProps {
  profile: Profile;
  headingId: string;
  memory: SelfTestMemory;
  onSaved: (saved: SelfTestSaved) => void;
}

/** The finished self-test: the picture, the three types explained, downloads, carrying it on. */
export function SelfTestResult({ profile, headingId, memory, onSaved }: SelfTestResultProps) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  return (
    <div className="self-test__result" data-testid="self-test-result">
      <ProfileCard profile={profile} headingId={headingId} />
      <PictureDownloads profile={profile} language={language} />
      <section className="self-test__types" aria-labelledby="self-test-types">
        <h2 id="self-test-types">{t('selfTest.types.title')}</h2>
        {IDEAL_TYPES.map((type) => (
          <div key={type} className={`self-test__type profile-type--${type}`}>
            <h3>{t(`type.${type}`)}</h3>
            <p>{t(`selfTest.type.${type}.long`)}</p>
          </div>
        ))}
        <p className="field__hint">{t('selfTest.types.note')}</p>
      </section>
      <CarryToWorkshop values={memory.values} saved={memory.saved} onSaved={onSaved} />
    </div>
  );
}
