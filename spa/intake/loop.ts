/** A background job of the intake (the mailer, the esup-sgc forwarder): looks now, on a kick, and every `interval`. */
export type Loop = {
  /** Runs a pass now; resolves once a pass begun after the call is over; never rejects. */
  kick(): Promise<void>;
  /** Starts nothing more; resolves once the pass in flight is over. */
  stop(): Promise<void>;
};

/**
 * Never two passes at once: a kick during a pass asks for one more, as what it announces may have been written after
 * the pass read. A pass that throws is reported and the next look tries again; `stopped()` lets a pass end early.
 */
export function startLoop(
  pass: (stopped: () => boolean) => Promise<void>,
  { interval, onError }: { interval: number; onError: (error: unknown) => void },
): Loop {
  let stopped = false;
  let again = false;
  let running: Promise<void> | undefined;

  async function run() {
    do {
      again = false;
      try {
        await pass(() => stopped);
      } catch (error) {
        onError(error);
      }
    } while (again && !stopped);
  }

  function kick(): Promise<void> {
    if (stopped) return running ?? Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = run().finally(() => {
      running = undefined;
    });
    return running;
  }

  const timer = setInterval(() => void kick(), interval);
  // The timer alone must not keep a process (a test, a command) alive.
  timer.unref();
  void kick();

  return {
    kick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
