/**
 * Cooperative time slicing: work runs in slices of at most `sliceMs`, yielding to the page between
 * slices so no task blocks the main thread long (the benchmark reports the longest task).
 */
export interface Slicer {
  /** Call between units of work; resolves at once within a slice, after a yield at its end. */
  checkpoint(): Promise<void> | undefined;
  /** End the slice now: before a step that runs long in one piece. */
  yieldNow(): Promise<void>;
  /** Milliseconds since the slicer started. */
  elapsed(): number;
  /** True once the total budget is spent: the caller stops and says so. */
  readonly overBudget: boolean;
}

/** Yield to the event loop without setTimeout's 4 ms clamp: a message to ourselves is a new task. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export function createSlicer(
  sliceMs: number,
  budgetMs: number,
  now: () => number = () => performance.now(),
): Slicer {
  const start = now();
  let sliceStart = start;
  const slicer = {
    overBudget: false,
    elapsed: () => now() - start,
    yieldNow(): Promise<void> {
      return yieldToPage().then(() => {
        sliceStart = now();
      });
    },
    checkpoint(): Promise<void> | undefined {
      const t = now();
      if (t - start > budgetMs) slicer.overBudget = true;
      if (t - sliceStart < sliceMs) return undefined;
      return yieldToPage().then(() => {
        sliceStart = now();
      });
    },
  };
  return slicer;
}
