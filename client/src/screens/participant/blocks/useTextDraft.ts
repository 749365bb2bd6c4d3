import { useEffect, useRef, useState } from 'react';
import { drafts, type AnswerTarget } from './storage';

export interface TextDraft {
  /** What is typed on this phone and not yet in the server's hands; null when there is none. */
  draft: string | null;
  change(text: string): void;
  /** The server acknowledged `sent`: the draft goes, unless it has been typed on since. */
  acknowledged(sent: string): void;
}

/**
 * A draft kept in localStorage for this room, participant and block: restored when the page
 * comes back, and dropped once the server holds the same text.
 */
export function useTextDraft(
  target: AnswerTarget,
  saved: string | null,
  same: (draft: string, sent: string) => boolean,
): TextDraft {
  const { code, participantId, blockId } = target;
  const [draft, setDraft] = useState<string | null>(() =>
    drafts.get({ code, participantId, blockId }),
  );
  // The latest draft, for acks that come back after more typing.
  const latest = useRef(draft);

  const drop = () => {
    drafts.forget({ code, participantId, blockId });
    latest.current = null;
    setDraft(null);
  };

  // A draft the server already holds (sent before a reload, ack missed) is no draft.
  useEffect(() => {
    if (draft !== null && saved !== null && same(draft, saved)) {
      drafts.forget({ code, participantId, blockId });
      latest.current = null;
      setDraft(null);
    }
  }, [draft, saved, same, code, participantId, blockId]);

  return {
    draft,
    change(text) {
      drafts.set({ code, participantId, blockId }, text);
      latest.current = text;
      setDraft(text);
    },
    acknowledged(sent) {
      if (latest.current !== null && same(latest.current, sent)) drop();
    },
  };
}
