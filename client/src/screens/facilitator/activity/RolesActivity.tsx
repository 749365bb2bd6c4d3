import {
  roleCards,
  type Block,
  type FacilitatorRun,
  type FacilitatorView,
} from '@samenspel/shared';
import { ConfirmButton } from '../../../components/ConfirmButton';
import type { SendCommand } from '../../../hooks/useRoomConnection';
import { useT } from '../../../i18n/useT';
import { RoleAssignmentTable } from './RoleAssignmentTable';
import { RoleCardList } from './RoleCardList';

interface RolesActivityProps {
  view: FacilitatorView;
  block: Extract<Block, { kind: 'roles' }>;
  run: FacilitatorRun | undefined;
  send: SendCommand;
}

/**
 * Role cards: deal them by the block's own rule, then correct by hand. With `assignment:
 * facilitator` the table is there from the start and the server's draw is only a proposal.
 */
export function RolesActivity({ view, block, run, send }: RolesActivityProps) {
  const t = useT();
  const cards = roleCards(view.scenario, block) ?? [];
  const roles = run?.roles ?? null;
  const byHand = block.assignment === 'facilitator';
  const rule = dealRule(view, block);
  const ruleText =
    rule.kind === 'swap'
      ? t('console.roles.ruleSwap', { title: rule.title })
      : rule.kind === 'swapNotDealt'
        ? t('console.roles.ruleSwapNotDealt', { title: rule.title })
        : t('console.roles.ruleRandom');
  const deal = () => void send({ type: 'roles.assign', blockId: block.id });

  return (
    <div className="console-roles">
      <div className="console-roles__deal">
        <p className="console-roles__rule" data-testid="roles-rule" data-rule={rule.kind}>
          {byHand ? (
            <>
              <strong>{t('console.roles.byHand')}</strong> {t('console.roles.proposalRule')}{' '}
              {ruleText}
            </>
          ) : (
            <>
              <strong>{t('console.roles.dealRule')}</strong> {ruleText}
            </>
          )}
        </p>
        <div className="button-row">
          {roles ? (
            // Dealing again hands out new cards mid-play and drops changes made by hand: ask first.
            <ConfirmButton
              label={byHand ? t('console.roles.proposeAgain') : t('console.roles.dealAgain')}
              question={t('console.roles.dealAgainQuestion')}
              confirmLabel={t('console.roles.dealAgainConfirm')}
              onConfirm={deal}
              testId={byHand ? 'roles-propose' : 'roles-deal'}
            />
          ) : (
            <button
              type="button"
              className={byHand ? 'button button--secondary' : 'button button--primary'}
              data-testid={byHand ? 'roles-propose' : 'roles-deal'}
              onClick={deal}
            >
              {byHand ? t('console.roles.propose') : t('console.roles.deal')}
            </button>
          )}
        </div>
        <p className="muted small">
          {byHand ? t('console.roles.proposalHint') : t('console.roles.dealHint')}
        </p>
      </div>

      {byHand || roles ? (
        <RoleAssignmentTable
          // A new assignment from the server starts the table afresh: see the table's comment.
          key={JSON.stringify(roles)}
          cards={cards}
          roles={roles}
          participants={view.participants}
          save={(assignments) =>
            void send({ type: 'roles.assign', blockId: block.id, assignments })
          }
        />
      ) : null}

      <h3 className="console-activity__subheading">
        {t('console.roles.cards', { count: cards.length })}
      </h3>
      <RoleCardList cards={cards} roles={roles} participants={view.participants} />
    </div>
  );
}

type DealRule = { kind: 'random' } | { kind: 'swap' | 'swapNotDealt'; title: string };

/** What "deal" will do: swap from an earlier round if that round was dealt, else draw at random. */
function dealRule(view: FacilitatorView, block: Extract<Block, { kind: 'roles' }>): DealRule {
  if (!block.swapsWith) return { kind: 'random' };
  const earlier = view.scenario.blocks.find((b) => b.id === block.swapsWith);
  const title = earlier?.title ?? block.swapsWith;
  // The server falls back to a fresh random deal when the earlier round has no roles yet.
  return view.runs[block.swapsWith]?.roles
    ? { kind: 'swap', title }
    : { kind: 'swapNotDealt', title };
}
