/** Player icons, filled in the text colour; decoration only, every button also has words. */
const SHAPES = {
  play: 'M7 4.5v15l13-7.5z',
  pause: 'M6 4h4.5v16H6zM13.5 4H18v16h-4.5z',
  stepBack: 'M6 5h2.5v14H6zM19 5v14L9.5 12z',
  stepForward: 'M15.5 5H18v14h-2.5zM5 5v14l9.5-7z',
} as const;

export type ReplayIconName = keyof typeof SHAPES;

export function ReplayIcon({ name }: { name: ReplayIconName }) {
  return (
    <svg
      className="replay-icon"
      viewBox="0 0 24 24"
      width="1.1em"
      height="1.1em"
      fill="currentColor"
      aria-hidden="true"
      focusable="false"
    >
      <path d={SHAPES[name]} />
    </svg>
  );
}
