/** A keukenbezoek agreement as the phone keeps its draft: JSON in the block's text draft. */

export interface VisitDraft {
  host: string;
  when: string;
  question: string;
  partner: string;
}

export const EMPTY_VISIT: VisitDraft = { host: '', when: '', question: '', partner: '' };

const FIELDS = ['host', 'when', 'question', 'partner'] as const;

/** The draft read back; null when there is none or it is not an agreement (an old or broken draft). */
export function parseVisit(draft: string | null): VisitDraft | null {
  if (draft === null) return null;
  try {
    const value: unknown = JSON.parse(draft);
    if (typeof value !== 'object' || value === null) return null;
    // Loosely: a draft may be half typed, so only the shape is checked, not the lengths.
    const merged = { ...EMPTY_VISIT, ...(value as Record<string, unknown>) };
    return FIELDS.every((field) => typeof merged[field] === 'string')
      ? (merged as VisitDraft)
      : null;
  } catch {
    return null;
  }
}

/** What is sent: every field trimmed, as the server keeps it. */
export function trimmedVisit(visit: VisitDraft): VisitDraft {
  return {
    host: visit.host.trim(),
    when: visit.when.trim(),
    question: visit.question.trim(),
    partner: visit.partner.trim(),
  };
}

/** A draft and a sent agreement say the same, once trimmed. */
export function sameVisit(draft: string, sent: string): boolean {
  const a = parseVisit(draft);
  const b = parseVisit(sent);
  if (!a || !b) return false;
  const x = trimmedVisit(a);
  const y = trimmedVisit(b);
  return FIELDS.every((field) => x[field] === y[field]);
}
