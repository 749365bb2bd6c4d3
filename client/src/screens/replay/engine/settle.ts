import { afterNextPaint } from './afterPaint';

/**
 * The longest the parts beside the screens wait for an answer: a seek the index has not reached
 * yet, or a worker that failed, must not hold the log and the note form still.
 */
const MAX_WAIT_MS = 250;

/**
 * The order in which a seek is drawn: first the presenter screen (with the timeline), then,
 * after that frame is painted, the rest: the console and the parts beside the screens. Their
 * rendering takes longer than the projector's and would otherwise delay its frame.
 */
export class ScreensSettle {
  private readonly waiting = new Set<() => void>();
  private cancelPaint: (() => void) | null = null;
  private deadline: ReturnType<typeof setTimeout> | null = null;
  private overdue = false;

  /**
   * `busy` says an answer is still on its way; `settled` is called each time the screens have
   * caught up, before the callbacks that waited for it.
   */
  constructor(
    private readonly busy: () => boolean,
    private readonly settled: () => void,
  ) {}

  /** Runs `callback` once the screens have caught up and been painted. Returns its cancel. */
  after(callback: () => void): () => void {
    this.waiting.add(callback);
    if (this.deadline === null) {
      this.deadline = setTimeout(() => {
        this.deadline = null;
        this.overdue = true;
        this.check();
      }, MAX_WAIT_MS);
    }
    this.check();
    return () => this.waiting.delete(callback);
  }

  /**
   * Something may have caught up (an answer came): settle after the next frame if so. A wait
   * begun before is begun again: its frame may come before the one that draws this answer.
   */
  check(): void {
    this.cancelPaint?.();
    this.cancelPaint = afterNextPaint(() => {
      this.cancelPaint = null;
      if (this.busy() && !this.overdue) return;
      this.overdue = false;
      if (this.deadline !== null) clearTimeout(this.deadline);
      this.deadline = null;
      this.settled();
      const callbacks = [...this.waiting];
      this.waiting.clear();
      for (const callback of callbacks) callback();
    });
  }

  dispose(): void {
    this.cancelPaint?.();
    if (this.deadline !== null) clearTimeout(this.deadline);
    this.waiting.clear();
  }
}
