import type { PracticeSubmission } from '@samenspel/shared';

/** A dossier as the phone keeps its draft: JSON in the block's text draft. */

export const EMPTY_DOSSIER: PracticeSubmission = {
  title: '',
  who: '',
  stake: '',
  deadline: '',
  named: false,
};

/** The draft read back; null when there is none or it is not a dossier (an old or broken draft). */
export function parseDossier(draft: string | null): PracticeSubmission | null {
  if (draft === null) return null;
  try {
    const value: unknown = JSON.parse(draft);
    if (typeof value !== 'object' || value === null) return null;
    const merged: unknown = { ...EMPTY_DOSSIER, ...value };
    // Loosely: a draft may be half typed, so only the shape is checked, not the lengths.
    const record = merged as Record<string, unknown>;
    const fields = ['title', 'who', 'stake', 'deadline'] as const;
    if (!fields.every((f) => typeof record[f] === 'string') || typeof record.named !== 'boolean') {
      return null;
    }
    return merged as PracticeSubmission;
  } catch {
    return null;
  }
}

/** What is sent: every field trimmed, as the server keeps it. */
export function trimmedDossier(dossier: PracticeSubmission): PracticeSubmission {
  return {
    title: dossier.title.trim(),
    who: dossier.who.trim(),
    stake: dossier.stake.trim(),
    deadline: dossier.deadline.trim(),
    named: dossier.named,
  };
}

/** A draft and a sent dossier say the same, once trimmed. */
export function sameDossier(draft: string, sent: string): boolean {
  const a = parseDossier(draft);
  const b = parseDossier(sent);
  if (!a || !b) return false;
  const x = trimmedDossier(a);
  const y = trimmedDossier(b);
  return (
    x.title === y.title &&
    x.who === y.who &&
    x.stake === y.stake &&
    x.deadline === y.deadline &&
    x.named === y.named
  );
}
