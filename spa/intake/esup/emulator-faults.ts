/**
 * What a test or a demo tells the emulator to do wrong on the next requests: the troubles a client of esup-sgc
 * must survive. Each call adds to what is still waiting, as INTAKE_FAULTS does for the intake.
 */
export type EsupFaults = ReturnType<typeof createEsupFaults>;

const count = (n: number) => {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`A count of requests, not ${n}`);
  return n;
};

export function createEsupFaults() {
  let losses = 0;
  const failures: number[] = [];
  const refused = new Set<string>();
  return {
    /** The next n POSTs are carried out (a card stored), then the connection closes before the answer. */
    loseNextAnswers: (n: number) => void (losses += count(n)),
    /** The next n wsrest requests get `status`, nothing done: esup-sgc restarting, or its proxy timing out. */
    failNext(n: number, status = 503) {
      if (!Number.isInteger(status) || status < 500 || status > 599)
        throw new RangeError(`A 5xx status, not ${status}`);
      failures.push(...Array.from({ length: count(n) }, () => status));
    },
    /** No right to a card (esup-sgc's isFirstRequest, isFreeRenewal… all false): 403. */
    refuse: (eppn: string) => void refused.add(eppn),
    isRefused: (eppn: string) => refused.has(eppn),
    takeFailure: (): number | undefined => failures.shift(),
    takeLoss(): boolean {
      if (losses === 0) return false;
      losses--;
      return true;
    },
    pending: () => ({ losses, failures: [...failures], refused: [...refused] }),
    reset() {
      losses = 0;
      failures.splice(0);
      refused.clear();
    },
  };
}
