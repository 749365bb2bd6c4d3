import type { ScenarioInput } from '@samenspel/shared';
import { translate } from '../../../i18n/catalogs';
import type { MessageKey } from '../../../i18n/types';

/**
 * Placeholder content (a new dossier, a new role card) in the programme's language, not the
 * studio's: an English-speaking trainer tailoring a Dutch programme gets Dutch placeholders.
 */
export function contentText(draft: ScenarioInput): (key: MessageKey) => string {
  const language = draft.language === 'en' ? 'en' : 'nl';
  return (key) => translate(language, key);
}

/** Two role cards to start a cast from: a bestuurder and an ambtenaar. */
export function placeholderCast(draft: ScenarioInput) {
  const c = contentText(draft);
  return ['bestuurder', 'ambtenaar'].map((role) => ({
    id: role,
    name: c(
      role === 'bestuurder'
        ? 'studio.forms.placeholder.bestuurder'
        : 'studio.forms.placeholder.ambtenaar',
    ),
    public: c('studio.forms.placeholder.public'),
    brief: c('studio.forms.placeholder.brief'),
  }));
}
