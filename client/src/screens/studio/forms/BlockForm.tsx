import type { BlockInput, ScenarioProblem } from '@samenspel/shared';
import type { Edit } from '../model/edits';

export interface BlockFormProps {
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

/**
 * Every field of the selected block, in the form made for its kind. (Placeholder: filled in by the
 * forms work.)
 */
export function BlockForm(_props: BlockFormProps) {
  return null;
}
