import { useId, useState, type FormEvent } from 'react';
import {
  API,
  isSelfTestList,
  normalizeSelfTestCode,
  SelfTestClaimedSchema,
  type SelfTestValues,
} from '@samenspel/shared';
import { errorText } from '../../../i18n/errors';
import { useT } from '../../../i18n/useT';
import { makeCommandId } from '../../../net/commandId';
import { local } from '../../../net/durable';
import { apiRequest } from '../../../net/http';
import { useSelfTestList } from '../../selftest/useSelfTestList';
import type { AnswerTarget } from './storage';

interface SelfTestCarryInProps {
  content: { items: ReadonlyArray<{ id: string; text: string }>; points: number };
  target: AnswerTarget;
  /** The self-test's answers, to put in and send as this phone's own. */
  onValues: (values: SelfTestValues) => void;
}

/**
 * "Did the self-test at home?": the code from the public self-test fills in this stellingenlijst,
 * offered only where the list is the self-test's own (same statements, same words). The claim
 * id stays with the phone and the block, so a claim whose answer was lost on bad Wi-Fi is asked
 * again as the same claim and gets the answers again, not "already used".
 */
export function SelfTestCarryIn({ content, target, onValues }: SelfTestCarryInProps) {
  const t = useT();
  const inputId = useId();
  const { state } = useSelfTestList();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  if (state.status !== 'ready' || !isSelfTestList(state.list, content)) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const normalized = normalizeSelfTestCode(code);
    if (normalized === null) {
      setOutcome({ ok: false, text: t('phone.selfTest.invalid') });
      return;
    }
    setBusy(true);
    const result = await apiRequest(API.selfTestClaims, {
      method: 'POST',
      body: { code: normalized, claim: claimId(target, normalized) },
      schema: SelfTestClaimedSchema,
    });
    setBusy(false);
    if (result.ok) {
      onValues(result.data.values);
      setOutcome({ ok: true, text: t('phone.selfTest.done') });
    } else {
      setOutcome({
        ok: false,
        text: result.error ? errorText(t, result.error) : t('phone.selfTest.offline'),
      });
    }
  };

  return (
    <details className="disclosure self-test-carry" data-testid="self-test-carry">
      <summary className="disclosure__summary">{t('phone.selfTest.summary')}</summary>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <p>{t('phone.selfTest.lead')}</p>
        <label className="field__label" htmlFor={inputId}>
          {t('phone.selfTest.label')}
        </label>
        <input
          id={inputId}
          className="input input--code"
          data-testid="self-test-code-input"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={12}
          value={code}
          onChange={(event) => setCode(event.target.value)}
        />
        <button
          type="submit"
          className="button button--primary"
          data-testid="self-test-code-submit"
          disabled={busy}
        >
          {busy ? t('phone.selfTest.busy') : t('phone.selfTest.submit')}
        </button>
        <div role="status">
          {outcome ? (
            <p
              className={outcome.ok ? 'notice notice--ok' : 'notice notice--error'}
              data-testid="self-test-carry-outcome"
            >
              {outcome.text}
            </p>
          ) : null}
        </div>
      </form>
    </details>
  );
}

/** One claim id per phone, block and code, kept on the phone. */
function claimId(target: AnswerTarget, code: string): string {
  const key = `samenspel.selftest-claim.${target.code}.${target.participantId}.${target.blockId}.${code}`;
  const kept = local.get(key);
  if (kept !== null) return kept;
  const made = makeCommandId();
  local.set(key, made);
  return made;
}
