/**
 * Saves run one at a time, in the order they were asked for, so a slow save can never land
 * after a newer one and overwrite it.
 */
export function createSaveQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
