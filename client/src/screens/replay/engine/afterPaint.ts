/**
 * When the page draws no frames (a hidden tab), what waits for a frame goes ahead after this
 * long anyway.
 */
const NO_FRAME_MS = 100;

/**
 * Calls `callback` in a task of its own after the next frame, i.e. after the browser has drawn
 * what is on the page now. Without frames (no requestAnimationFrame, a hidden tab) it runs after
 * NO_FRAME_MS. Returns the function that cancels it.
 */
export function afterNextPaint(callback: () => void): () => void {
  let cancelled = false;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (!cancelled) callback();
  };
  const frames = typeof requestAnimationFrame === 'function';
  // The callback of a frame runs before that frame is drawn; a message posted from it, after.
  const next = () => {
    if (frames) cancelAnimationFrame(frame);
    clearTimeout(timer);
    channel.port2.postMessage(null);
  };
  const frame = frames ? requestAnimationFrame(next) : 0;
  const timer = setTimeout(next, NO_FRAME_MS);
  return () => {
    cancelled = true;
    if (frames) cancelAnimationFrame(frame);
    clearTimeout(timer);
    channel.port1.close();
  };
}
