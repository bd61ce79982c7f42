/**
 * Runs `work` once the next frame is painted and the browser is idle after it (or after two
 * seconds at most); returns a cancel. For work a screen does not need to show: an idle period
 * can come before the next frame too, and work done there held up the home's first paint (the
 * wizard's code evaluated, 30–150 ms in traces of the 200-membership home).
 */
export function afterPaint(work: () => void): () => void {
  let cancel: () => void;
  const frame = requestAnimationFrame(() => {
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback !== 'function') return work();
      const idle = requestIdleCallback(work, { timeout: 2000 });
      cancel = () => cancelIdleCallback(idle);
    });
    cancel = () => clearTimeout(timer);
  });
  cancel = () => cancelAnimationFrame(frame);
  return () => cancel();
}
