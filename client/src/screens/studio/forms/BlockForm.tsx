import { useMemo } from 'react';
import type { BlockInput, ScenarioInput, ScenarioProblem } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import type { Edit } from '../model/edits';
import { fieldIdForPath } from '../model/fieldIds';
import { BreakForm } from './BreakForm';
import { CasusForm } from './CasusForm';
import { BlockHeadFields, BlockTextFields, BlockTimerField } from './CommonFields';
import { FormContext } from './formContext';
import { GroupsForm } from './GroupsForm';
import { InfoForm } from './InfoForm';
import { IntentionsForm } from './IntentionsForm';
import { PollForm } from './PollForm';
import { PracticeForm } from './PracticeForm';
import { ReflectionForm } from './ReflectionForm';
import { RolesForm } from './RolesForm';
import { ScaleForm } from './ScaleForm';
import { StatementsForm } from './StatementsForm';
import { VisitForm } from './VisitForm';
import { UnplacedProblems, useUnplacedProblems } from './UnplacedProblems';
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
      return <StatementsForm block={block} base={base} blockIndex={blockIndex} draft={draft} />;
    case 'casus':
      return <CasusForm block={block} base={base} blockIndex={blockIndex} draft={draft} />;
    case 'roles':
      return <RolesForm block={block} base={base} blockIndex={blockIndex} draft={draft} />;
    case 'reflection':
      return <ReflectionForm block={block} base={base} draft={draft} blockIndex={blockIndex} />;
    case 'groups':
      return <GroupsForm block={block} base={base} />;
    case 'intentions':
      return <IntentionsForm block={block} base={base} />;
    case 'practice':
      return <PracticeForm block={block} base={base} />;
    case 'visit':
      return <VisitForm block={block} base={base} />;
    case 'info':
      return <InfoForm />;
    case 'break':
      return <BreakForm />;
    default:
      // A kind the schema does not know (an imported typo): the checker names it at the top.
      return null;
  }
}

/**
 * Every field of the selected block, in the form made for its kind: first what every block has,
 * then its own fields, then its texts for the projector, the phone and the trainer. A problem
 * shows under its field; problems no field shows (about the block as a whole, a key the form does
 * not know) are listed at the top.
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
  const contentLanguage = draft.language === 'en' ? 'en' : 'nl';
  const context = useMemo(
    () => ({ problems, apply, endTyping, contentLanguage }) as const,
    [problems, apply, endTyping, contentLanguage],
  );
  const { ref, unplaced } = useUnplacedProblems(problems);
  const base = ['blocks', blockIndex] as const;
  return (
    <FormContext.Provider value={context}>
      <form
        ref={ref}
        // The block's own path: a problem about the block as a whole is followed to here.
        id={fieldIdForPath(base)}
        tabIndex={-1}
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
        <UnplacedProblems problems={unplaced} testId="block-general-problems" />
        <BlockHeadFields block={block} base={base} />
        <BlockTimerField block={block} base={base} />
        <KindFields draft={draft} block={block} blockIndex={blockIndex} />
        <BlockTextFields block={block} base={base} />
      </form>
    </FormContext.Provider>
  );
}
