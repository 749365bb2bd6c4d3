import { profileOf, type SelfTestList } from '@samenspel/shared';
import { ConfirmButton } from '../../components/ConfirmButton';
import { useT } from '../../i18n/useT';
import { ScaleItem } from '../participant/blocks/ScaleItem';
import { focusHeading, StatementsProgress } from '../participant/blocks/StatementsProgress';
import '../participant/blocks/blocks.css';
import { SelfTestResult } from './SelfTestResult';
import { selfTestMemory, type SelfTestMemory } from './selfTestMemory';

interface SelfTestFormProps {
  list: SelfTestList;
  memory: SelfTestMemory;
  onChange: (memory: SelfTestMemory) => void;
}

const RESULT_ID = 'self-test-result';

/**
 * The 24 statements under a sticky progress bar, as on the phone in a room; once every one is
 * answered, the profile follows, scored here by the same rule the room uses (`profileOf`).
 */
export function SelfTestForm({ list, memory, onChange }: SelfTestFormProps) {
  const t = useT();
  const { values } = memory;
  const total = list.items.length;
  const answered = list.items.filter((item) => values[item.id] !== undefined).length;
  const complete = total > 0 && answered === total;
  const profile = complete ? profileOf({ id: 'zelftest', ...list }, values) : null;

  const toResult = () => focusHeading(RESULT_ID);

  return (
    <>
      <div className="activity" data-testid="self-test-form">
        <StatementsProgress answered={answered} total={total} />
        <p className="field__hint">{t('selfTest.hint')}</p>
        {list.items.map((item, i) => (
          <ScaleItem
            key={item.id}
            statement={item}
            number={i + 1}
            points={list.points}
            value={values[item.id]}
            disabled={false}
            onChoose={(value) => onChange(selfTestMemory.withAnswer(memory, item.id, value))}
          />
        ))}
        <div role="status" className="statements-done">
          {complete ? (
            <p className="notice notice--ok" data-testid="self-test-done">
              <span>{t('selfTest.done')}</span>
              <button type="button" className="button button--secondary" onClick={toResult}>
                {t('selfTest.toProfile')}
              </button>
            </p>
          ) : (
            <p className="field__hint" data-testid="self-test-left">
              {t('selfTest.left', { n: total - answered })}
            </p>
          )}
        </div>
      </div>
      {profile ? (
        <SelfTestResult
          profile={profile}
          headingId={RESULT_ID}
          memory={memory}
          onSaved={(saved) => onChange(selfTestMemory.withSaved(memory, saved))}
        />
      ) : null}
      {answered > 0 ? (
        <p className="self-test__restart">
          <ConfirmButton
            label={t('selfTest.restart')}
            question={t('selfTest.restartQuestion')}
            confirmLabel={t('selfTest.restartConfirm')}
            onConfirm={() => {
              selfTestMemory.forget();
              onChange({ values: {}, saved: null });
              window.scrollTo({ top: 0 });
            }}
            testId="self-test-restart"
            className="button"
          />
        </p>
      ) : null}
    </>
  );
}
