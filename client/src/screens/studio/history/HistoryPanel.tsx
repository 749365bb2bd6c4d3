import type { ProgrammeVersion } from '@samenspel/shared';

export interface HistoryPanelProps {
  token: string;
  programmeId: string;
  /** The latest saved version (changes after every save, so the list reloads). */
  latestVersion: number;
  /** The version the editor has open. */
  openVersion: number;
  /** Opens a version in the editor; restoring is opening an old one and saving it as the newest. */
  onOpen: (version: ProgrammeVersion) => void;
}

/** Version history: list, open, compare two versions, restore. (Placeholder.) */
export function HistoryPanel(_props: HistoryPanelProps) {
  return null;
}
