import type { BlockInput, Method } from '@samenspel/shared';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { useT } from '../../../i18n/useT';
import { blockOfMethod } from './methodBlock';

interface MethodRowProps {
  method: Method;
  dateFormat: Intl.DateTimeFormat;
  onInsert: (block: BlockInput) => void;
  onDelete: () => void;
}

/** One method in the library: what it is, and insert or delete it. */
export function MethodRow({ method, dateFormat, onInsert, onDelete }: MethodRowProps) {
  const t = useT();
  const block = blockOfMethod(method);
  const minutes = typeof method.block.minutes === 'number' ? method.block.minutes : 0;
  return (
    <li className="methods__row" data-testid="methods-row" data-method-id={method.id}>
      <div className="methods__what">
        <p className="methods__name">
          <strong>{method.name}</strong>
        </p>
        <p className="muted">
          {block ? t(`kind.${block.kind}`) : t('studio.planner.methods.unknownKind')}
          {' · '}
          {t('studio.planner.runsheet.minutes', { minutes })}
          {' · '}
          {t('studio.planner.methods.savedAt', { when: dateFormat.format(method.savedAt) })}
        </p>
      </div>
      <div className="methods__actions">
        <button
          type="button"
          className="button button--secondary"
          data-testid="methods-insert"
          disabled={block === null}
          aria-label={t('studio.planner.methods.insertLabel', { name: method.name })}
          onClick={() => block && onInsert(block)}
        >
          {t('studio.planner.methods.insert')}
        </button>
        <ConfirmButton
          label={t('studio.planner.methods.delete')}
          ariaLabel={t('studio.planner.methods.deleteLabel', { name: method.name })}
          question={t('studio.planner.methods.deleteQuestion', { name: method.name })}
          confirmLabel={t('studio.planner.methods.deleteConfirm')}
          className="button button--quiet"
          testId="methods-delete"
          onConfirm={onDelete}
        />
      </div>
    </li>
  );
}
