import { rulesForBlock, rulesOf, type Block, type FacilitatorView } from '@samenspel/shared';
import type { SendCommand } from '../../../hooks/useRoomConnection';
import { useT } from '../../../i18n/useT';
import { AnswerControls } from './AnswerControls';
import { AnsweredCount } from './AnsweredCount';
import { hasChart, takesAnswers } from './blockKinds';
import { GroupsActivity } from './GroupsActivity';
import { PracticeActivity } from './practice/PracticeActivity';
import { ReflectionList } from './ReflectionList';
import { ResultsSection } from './ResultsSection';
import { RolesActivity } from './RolesActivity';
import './activity.css';

interface ActivityPanelProps {
  view: FacilitatorView;
  send: SendCommand;
}

/** What the room is doing in the current block, and the facilitator's moves on it. */
export function ActivityPanel({ view, send }: ActivityPanelProps) {
  const t = useT();
  const index = view.currentBlockIndex;
  const block = index === null ? undefined : view.scenario.blocks[index];
  if (view.room.status !== 'running' || !block) return null;
  const run = view.runs[block.id];
  const answerable = takesAnswers(block);
  const prompt = promptOf(block);

  return (
    <section
      className="panel console-activity"
      data-testid="activity-panel"
      data-kind={block.kind}
      data-block-id={block.id}
      aria-labelledby="activity-heading"
    >
      <div className="console-activity__head">
        <h2 id="activity-heading">{t('console.activity.heading')}</h2>
        {/* Dossiers and votes are counted apart in the practice block's own panel. */}
        {answerable && run && block.kind !== 'practice' ? (
          <AnsweredCount progress={run.progress} members={view.headcount.members} />
        ) : null}
      </div>

      {prompt ? (
        <p className="console-activity__prompt" data-testid="activity-prompt">
          <span className="console-activity__prompt-label">{t('console.activity.prompt')}</span>{' '}
          {prompt}
        </p>
      ) : null}

      {answerable && run ? (
        <AnswerControls blockId={block.id} run={run} canReveal={hasChart(block)} send={send} />
      ) : null}

      {hasChart(block) && run ? <ResultsSection view={view} block={block} run={run} /> : null}

      {block.kind === 'reflection' && run ? (
        <ReflectionList blockId={block.id} anonymous={block.anonymous} run={run} send={send} />
      ) : null}

      {block.kind === 'intentions' ? (
        <p className="console-activity__note" data-testid="intentions-note">
          {t('console.activity.intentions')}
        </p>
      ) : null}

      {block.kind === 'roles' ? (
        <RolesActivity view={view} block={block} run={run} send={send} />
      ) : null}

      {block.kind === 'practice' ? (
        <PracticeActivity blockId={block.id} cases={run?.cases ?? null} send={send} />
      ) : null}

      {block.kind === 'groups' ? (
        <GroupsActivity view={view} blockId={block.id} size={block.size} run={run} send={send} />
      ) : null}

      {block.kind === 'visit' && block.pairing === 'drawn' ? (
        <GroupsActivity view={view} blockId={block.id} size={2} run={run} send={send} pairs />
      ) : null}

      {block.kind === 'visit' ? (
        <p className="console-activity__note" data-testid="visit-note">
          {t(
            block.pairing === 'drawn'
              ? 'console.activity.visitDrawn'
              : 'console.activity.visitChosen',
          )}
        </p>
      ) : null}

      {!answerable && !rulesOf(block.kind).consoleActivity ? (
        <p className="console-activity__note muted" data-testid="activity-none">
          {t('console.activity.none')}
        </p>
      ) : null}
    </section>
  );
}

/**
 * What the phones ask, so the facilitator can read it out without looking at the projector; a
 * block whose title already is its question says nothing twice.
 */
function promptOf(block: Block): string | null {
  const question = rulesForBlock(block).question(block);
  return question === block.title ? null : question;
}
