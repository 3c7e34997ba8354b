/**
 * Runs `work` every `everyMs` inside the app process (laomo has no job queue yet); every instance
 * runs it, so the work must be safe to run twice at once. A failed run (database down) is logged as
 * `name` and tried again at the next tick; `stop` waits for a run under way. `work` returns a line
 * to log when it did something.
 */
export function startPeriodicTask(name: string, everyMs: number, work: () => Promise<string | null>): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = work()
      .then((done) => { if (done) console.log(`[laomo] ${done}`); })
      .catch((error: Error) => console.error(`[laomo] ${name} failed: ${error.message}`));
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
