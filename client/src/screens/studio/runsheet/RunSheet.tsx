import type { ScenarioInput } from '@samenspel/shared';

export interface RunSheetProps {
  /** The draft as the editor holds it (it may not pass the checker). */
  draft: ScenarioInput;
  selectedBlockId: string | null;
  onSelectBlock: (blockId: string) => void;
}

/**
 * Every block's planned minutes and clock times from a start time the trainer picks, the total
 * against the target, and the printable run sheet. (Placeholder: filled in by the run-sheet work.)
 */
export function RunSheet(_props: RunSheetProps) {
  return null;
}
