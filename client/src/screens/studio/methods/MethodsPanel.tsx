import type { BlockInput } from '@samenspel/shared';

export interface MethodsPanelProps {
  token: string;
  /** The block selected in the editor, which can be saved as a method. */
  selectedBlock: BlockInput | null;
  /** Inserts a method's block after the selected one (the editor gives it a fresh id). */
  onInsert: (block: BlockInput) => void;
}

/** The trainer's own library of methods: save a block, insert one. (Placeholder.) */
export function MethodsPanel(_props: MethodsPanelProps) {
  return null;
}
