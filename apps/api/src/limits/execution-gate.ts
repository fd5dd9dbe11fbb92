/**
 * A bound on GraphQL executions running at once in this process, with a short queue: a request
 * waits at most `maxWaitMs` behind at most `maxQueue` others; beyond that it is refused at once
 * (the caller answers 503 + Retry-After). Health checks never pass through it.
 */
export class ExecutionGate {
  private running = 0;
  private readonly queue: { grant: () => void; timer: NodeJS.Timeout }[] = [];

  constructor(
    private readonly maxConcurrent: number,
    private readonly maxQueue: number,
    private readonly maxWaitMs: number,
  ) {}

  /** A release function once a slot is free, or null when the queue is full or the wait ran out. */
  acquire(): Promise<(() => void) | null> {
    if (this.running < this.maxConcurrent) {
      this.running += 1;
      return Promise.resolve(this.releaser());
    }
    if (this.queue.length >= this.maxQueue || this.maxWaitMs <= 0) return Promise.resolve(null);
    return new Promise((resolve) => {
      const entry = {
        grant: () => {
          clearTimeout(entry.timer);
          resolve(this.releaser());
        },
        timer: setTimeout(() => {
          const at = this.queue.indexOf(entry);
          if (at >= 0) this.queue.splice(at, 1);
          resolve(null);
        }, this.maxWaitMs),
      };
      this.queue.push(entry);
    });
  }

  get active(): number {
    return this.running;
  }

  get waiting(): number {
    return this.queue.length;
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.queue.shift();
      // the slot passes straight to the next in line
      if (next) next.grant();
      else this.running -= 1;
    };
  }
}
