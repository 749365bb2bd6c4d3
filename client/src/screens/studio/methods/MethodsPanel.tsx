import { useId, useMemo, useState } from 'react';
import type { BlockInput, Method } from '@samenspel/shared';
import { useLanguage } from '../../../i18n/language';
import { useT } from '../../../i18n/useT';
import { dateTimeFormat } from '../../library/format';
import { deleteMethod } from '../studioApi';
import { MethodRow } from './MethodRow';
import { SaveMethodForm } from './SaveMethodForm';
import { useMethods } from './useMethods';
import './methods.css';

export interface MethodsPanelProps {
  token: string;
  /** The block selected in the editor, which can be saved as a method. */
  selectedBlock: BlockInput | null;
  /** Inserts a method's block after the selected one (the editor gives it a fresh id). */
  onInsert: (block: BlockInput) => void;
}

type Notice = { kind: 'saved' | 'inserted' | 'deleted' | 'deleteFailed'; name: string } | null;

/** The trainer's own library of methods (werkvormen): save a block, insert one, delete one. */
export function MethodsPanel({ token, selectedBlock, onInsert }: MethodsPanelProps) {
  const t = useT();
  const ids = useId();
  const language = useLanguage((state) => state.language);
  const dateFormat = useMemo(() => dateTimeFormat(language), [language]);
  const { methods, failed, reload, add, forget } = useMethods(token);
  const [notice, setNotice] = useState<Notice>(null);

  const onSaved = (method: Method) => {
    add(method);
    setNotice({ kind: 'saved', name: method.name });
  };
  const insert = (method: Method, block: BlockInput) => {
    onInsert(block);
    setNotice({ kind: 'inserted', name: method.name });
  };
  const remove = async (method: Method) => {
    const result = await deleteMethod(token, method.id);
    // Gone already (another tab deleted it) is as good as deleted here.
    if (result.ok || result.status === 404) {
      forget(method.id);
      setNotice({ kind: 'deleted', name: method.name });
    } else {
      setNotice({ kind: 'deleteFailed', name: method.name });
    }
  };

  return (
    <section className="methods" aria-labelledby={`${ids}-heading`} data-testid="methods">
      <h2 id={`${ids}-heading`}>{t('studio.planner.methods.heading')}</h2>

      <h3>{t('studio.planner.methods.saveHeading')}</h3>
      {selectedBlock ? (
        <SaveMethodForm
          key={selectedBlock.id}
          token={token}
          block={selectedBlock}
          onSaved={onSaved}
        />
      ) : (
        <p className="muted" data-testid="methods-no-selection">
          {t('studio.planner.methods.noSelection')}
        </p>
      )}

      <div aria-live="polite" aria-atomic="true">
        {notice ? (
          <p
            className={
              notice.kind === 'deleteFailed' ? 'notice notice--error' : 'notice notice--ok'
            }
            data-testid="methods-notice"
            data-kind={notice.kind}
          >
            {t(`studio.planner.methods.notice.${notice.kind}`, { name: notice.name })}
          </p>
        ) : null}
      </div>

      <h3>{t('studio.planner.methods.listHeading')}</h3>
      {failed ? (
        <div className="notice notice--error" role="alert">
          <span>{t('studio.planner.methods.loadFailed')}</span>
          <button type="button" className="button button--secondary" onClick={reload}>
            {t('common.retry')}
          </button>
        </div>
      ) : null}
      {methods === null ? (
        failed ? null : (
          <p aria-busy="true">{t('common.loading')}</p>
        )
      ) : methods.length === 0 ? (
        <p data-testid="methods-empty">{t('studio.planner.methods.empty')}</p>
      ) : (
        <>
          <p className="muted">{t('studio.planner.methods.insertHint')}</p>
          <ul className="methods__list" data-testid="methods-list">
            {methods.map((method) => (
              <MethodRow
                key={method.id}
                method={method}
                dateFormat={dateFormat}
                onInsert={(block) => insert(method, block)}
                onDelete={() => void remove(method)}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
