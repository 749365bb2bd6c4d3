import type { Scenario } from '@samenspel/shared';

export interface PreviewPaneProps {
  /** The programme as the checker's schema parsed it (defaults filled in); null while it cannot be. */
  scenario: Scenario | null;
  /** The block selected in the editor. */
  blockId: string | null;
}

/**
 * The selected block as the phone (360 px), the projector (16:9) and the console show it, drawn
 * by the real screen components from the real projections. (Placeholder: filled in by the
 * preview work.)
 */
export function PreviewPane(_props: PreviewPaneProps) {
  return null;
}
