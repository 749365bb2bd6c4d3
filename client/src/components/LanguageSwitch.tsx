import { useLanguage } from '../i18n/language';
import { LANGUAGES } from '../i18n/types';
import { useT } from '../i18n/useT';

/** NL | EN, remembered on this device. */
export function LanguageSwitch() {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const setLanguage = useLanguage((state) => state.setLanguage);
  return (
    <div className="language-switch" role="group" aria-label={t('lang.label')}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          className="language-switch__option"
          aria-pressed={option === language}
          aria-label={t(`lang.${option}`)}
          lang={option}
          data-testid={`lang-${option}`}
          onClick={() => setLanguage(option)}
        >
          {option.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
