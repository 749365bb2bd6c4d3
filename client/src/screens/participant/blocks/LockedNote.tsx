import { LockIcon } from './LockIcon';

/** Said above a closed question: it can be read, no longer changed. */
export function LockedNote({ text }: { text: string }) {
  return (
    <p className="locked-note" data-testid="answers-locked">
      <LockIcon />
      <span>{text}</span>
    </p>
  );
}
