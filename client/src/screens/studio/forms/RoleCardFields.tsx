import type { RoleCard } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import type { FieldPath } from '../model/setField';
import { MarkdownField } from './fields/MarkdownField';
import { TextField } from './fields/TextField';

/** One role card: its name, what the whole room knows, and the brief only its player reads. */
export function RoleCardFields({ card, path }: { card: Partial<RoleCard>; path: FieldPath }) {
  const t = useT();
  return (
    <>
      <div className="studio-form__grid">
        <TextField
          path={[...path, 'name']}
          label={t('studio.forms.roles.name')}
          value={card.name}
        />
        <TextField path={[...path, 'id']} label={t('studio.forms.itemId')} value={card.id} />
      </div>
      <MarkdownField
        path={[...path, 'public']}
        label={t('studio.forms.roles.public')}
        hint={t('studio.forms.roles.publicHint')}
        value={card.public}
        rows={3}
      />
      <MarkdownField
        path={[...path, 'brief']}
        label={t('studio.forms.roles.brief')}
        hint={t('studio.forms.roles.briefHint')}
        value={card.brief}
        rows={5}
      />
    </>
  );
}
