interface WaitingProps {
  title: string;
  hint: string;
  testId: string;
}

/** Something is about to happen on the facilitator's side: said calmly, with a quiet pulse. */
export function Waiting({ title, hint, testId }: WaitingProps) {
  return (
    <div className="waiting" data-testid={testId}>
      <span className="waiting__pulse" aria-hidden="true" />
      <div>
        <p className="waiting__title">{title}</p>
        <p className="waiting__hint">{hint}</p>
      </div>
    </div>
  );
}
