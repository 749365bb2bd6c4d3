import type { FormEvent } from 'react';
import { MAX_VISIT_HOST, MAX_VISIT_PARTNER, MAX_VISIT_WHEN, type Answer } from '@samenspel/shared';
import { useT } from '../../../../i18n/useT';
import { AnswerStatus } from '../AnswerStatus';
import { GroupMembers } from '../GroupMembers';
import { LabelledField } from '../LabelledField';
import { LockedNote } from '../LockedNote';
import type { ActivityProps } from '../types';
import { useAnswerSender } from '../useAnswerSender';
import { useTextDraft } from '../useTextDraft';
import { Waiting } from '../Waiting';
import { EMPTY_VISIT, parseVisit, sameVisit, trimmedVisit, type VisitDraft } from './visitDraft';

type VisitAnswer = Extract<Answer, { kind: 'visit' }>;

/** The agreement as the draft holds it, from what the server has. */
function draftOf(answer: VisitAnswer): VisitDraft {
  return { ...answer, partner: answer.partner ?? '' };
}

/**
 * A keukenbezoek planned in pairs: first who one goes with (drawn by the console, or named by the
 * participant where the room pairs up itself), then the agreement: at whose kitchen, when, and
 * the question to take along. Kept on the phone as a draft until the server has it; it comes
 * back in the summary and on the day of the report-back.
 */
export function VisitBlock({ content, mine, target }: ActivityProps<'visit'>) {
  const t = useT();
  const saved = mine.answer?.kind === 'visit' ? draftOf(mine.answer) : null;
  const savedText = saved === null ? null : JSON.stringify(saved);
  const { draft, change, acknowledged } = useTextDraft(target, savedText, sameVisit);
  const sender = useAnswerSender(target, { saved: saved !== null, locked: mine.locked });
  const visit = parseVisit(draft) ?? saved ?? EMPTY_VISIT;
  const ready = trimmedVisit(visit);
  const chosen = content.pairing === 'chosen';
  const complete =
    ready.host !== '' &&
    ready.when !== '' &&
    ready.question !== '' &&
    (!chosen || ready.partner !== '');
  const unsent = draft !== null && (savedText === null || !sameVisit(draft, savedText));

  const set = (patch: Partial<VisitDraft>) => change(JSON.stringify({ ...visit, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!complete || mine.locked) return;
    const { partner, ...rest } = ready;
    const answer: VisitAnswer = chosen
      ? { kind: 'visit', ...rest, partner }
      : { kind: 'visit', ...rest };
    void sender.submit(answer).then((ok) => {
      if (ok) acknowledged(JSON.stringify(ready));
    });
  };

  return (
    <form className="activity visit" onSubmit={submit} data-testid="visit-form" noValidate>
      {mine.locked ? <LockedNote text={t('phone.locked.writing')} /> : null}
      <h3 className="activity__question">{content.prompt}</h3>
      {chosen ? null : mine.group ? (
        <section className="group-card" data-testid="visit-pair" aria-labelledby="visit-pair">
          <h4 id="visit-pair" className="group-card__title">
            {t('phone.visit.pair')}
          </h4>
          <GroupMembers members={mine.group.members} />
        </section>
      ) : (
        <Waiting
          title={t(mine.groupsFormed ? 'phone.visit.missed' : 'phone.visit.waiting')}
          hint={t(mine.groupsFormed ? 'phone.visit.missedHint' : 'phone.visit.waitingHint')}
          testId={mine.groupsFormed ? 'visit-missed' : 'visit-waiting'}
        />
      )}
      {chosen ? (
        <LabelledField
          label={t('phone.visit.partner')}
          hint={t('phone.visit.partnerHint')}
          value={visit.partner}
          max={MAX_VISIT_PARTNER}
          onChange={(partner) => set({ partner })}
          readOnly={mine.locked}
          testId="visit-partner"
        />
      ) : null}
      <LabelledField
        label={t('phone.visit.host')}
        hint={t('phone.visit.hostHint')}
        value={visit.host}
        max={MAX_VISIT_HOST}
        onChange={(host) => set({ host })}
        readOnly={mine.locked}
        // Up to 200 characters: a box that wraps, so the whole answer stays in view.
        multiline
        rows={2}
        testId="visit-host"
      />
      <LabelledField
        label={t('phone.visit.when')}
        hint={t('phone.visit.whenHint')}
        value={visit.when}
        max={MAX_VISIT_WHEN}
        onChange={(when) => set({ when })}
        readOnly={mine.locked}
        testId="visit-when"
      />
      <LabelledField
        label={t('phone.visit.question')}
        value={visit.question}
        max={content.maxLength}
        onChange={(question) => set({ question })}
        readOnly={mine.locked}
        multiline
        testId="visit-question"
      />
      {mine.locked || (saved !== null && !unsent) ? null : (
        <button
          type="submit"
          className="button button--primary button--large"
          disabled={!complete}
          data-testid="visit-submit"
        >
          {saved === null ? t('phone.visit.submit') : t('phone.visit.resubmit')}
        </button>
      )}
      <AnswerStatus
        sender={sender}
        sentLabel={t('phone.visit.sent')}
        draftLabel={unsent ? t('phone.reflection.draft') : null}
      />
    </form>
  );
}
