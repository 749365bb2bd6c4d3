import { useMemo } from 'react';
import type { BlockInput, ScenarioInput, ScenarioProblem } from '@samenspel/shared';
import { formatPath } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import type { Edit } from '../model/edits';
import { CasusForm } from './CasusForm';
import { BlockHeadFields, BlockTextFields, BlockTimerField } from './CommonFields';
import { FormContext } from './formContext';
import { PollForm } from './PollForm';
import { RolesForm } from './RolesForm';
import { ScaleForm } from './ScaleForm';
import { GroupsForm, IntentionsForm, ReflectionForm } from './SimpleForms';
import { StatementsForm } from './StatementsForm';
import './forms.css';
import { kindLabel } from '../editor/kindLabel';

export interface BlockFormProps {
  /** The whole draft: a block may refer to earlier ones and to the programme's case. */
  draft: ScenarioInput;
  /** The block as the draft holds it (it may not pass the checker). */
  block: BlockInput;
  /** Its index in the draft: every field's path starts ['blocks', blockIndex, …]. */
  blockIndex: number;
  /** The checker's problems whose path starts with ['blocks', blockIndex]; each shows at its field. */
  problems: readonly ScenarioProblem[];
  /** Every change goes through here, so undo sees it (setField, addListEntry, moveItem…). */
  apply: (edit: Edit) => void;
  /** Typing in a field ended (blur): the next keystroke starts a new undo step. */
  endTyping: () => void;
}

function KindFields({
  draft,
  block,
  blockIndex,
}: {
  draft: ScenarioInput;
  block: BlockInput;
  blockIndex: number;
}) {
  const base = ['blocks', blockIndex] as const;
  switch (block.kind) {
    case 'poll':
      return <PollForm block={block} base={base} blockIndex={blockIndex} draft={draft} />;
    case 'scale':
      return <ScaleForm block={block} base={base} blockIndex={blockIndex} draft={draft} />;
    case 'statements':
      return <StatementsForm block={block} base={base} blockIndex={blockIndex} />;
    case 'casus':
      return <CasusForm block={block} base={base} blockIndex={blockIndex} draft={draft} />;
    case 'roles':
      return <RolesForm block={block} base={base} blockIndex={blockIndex} draft={draft} />;
    case 'reflection':
      return <ReflectionForm block={block} base={base} />;
    case 'groups':
      return <GroupsForm block={block} base={base} />;
    case 'intentions':
      return <IntentionsForm block={block} base={base} />;
    case 'info':
    case 'break':
      return null;
  }
}

/**
 * Every field of the selected block, in the form made for its kind: first what every block has,
 * then its own fields, then its texts for the projector, the phone and the trainer. A problem
 * shows under its field; problems about the block as a whole, or a key the form does not know,
 * show at the top.
 */
export function BlockForm({
  draft,
  block,
  blockIndex,
  problems,
  apply,
  endTyping,
}: BlockFormProps) {
  const t = useT();
  const context = useMemo(() => ({ problems, apply, endTyping }), [problems, apply, endTyping]);
  const base = ['blocks', blockIndex] as const;
  const general = problems.filter((problem) => problem.path.length <= 2 || problem.atKey);
  return (
    <FormContext.Provider value={context}>
      <form
        className="studio-form"
        data-testid="block-form"
        data-block-id={block.id}
        data-kind={block.kind}
        onSubmit={(event) => event.preventDefault()}
        aria-label={t('studio.forms.blockForm', {
          kind: kindLabel(t, block.kind),
          title: block.title,
        })}
      >
        <p className="studio-form__kind">{kindLabel(t, block.kind)}</p>
        {general.length > 0 ? (
          <ul className="studio-form__general" data-testid="block-general-problems">
            {general.map((problem, index) => (
              <li key={index}>
                <code>{formatPath(problem.path)}</code> <span lang="en">{problem.message}</span>
              </li>
            ))}
          </ul>
        ) : null}
        <BlockHeadFields block={block} base={base} />
        <BlockTimerField block={block} base={base} />
        <KindFields draft={draft} block={block} blockIndex={blockIndex} />
        <BlockTextFields block={block} base={base} />
      </form>
    </FormContext.Provider>
  );
}
