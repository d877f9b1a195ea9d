/**
 * The benchmarks' baseline: the least an event-driven simulation can do — a binary heap of callbacks
 * keyed by (time, insertion sequence), no events, no processes, no checks. Written here, not imported
 * from the engine, so the engine's overhead shows against it.
 */
export class CallbackHeap {
  now = 0;
  private times: number[] = [];
  private seqs: number[] = [];
  private callbacks: (() => void)[] = [];
  private seq = 0;

  schedule(delay: number, callback: () => void): void {
    const times = this.times;
    const seqs = this.seqs;
    const callbacks = this.callbacks;
    const time = this.now + delay;
    const seq = this.seq++;
    let i = times.length;
    times.push(time);
    seqs.push(seq);
    callbacks.push(callback);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (times[parent] < time || (times[parent] === time && seqs[parent] < seq)) break;
      times[i] = times[parent];
      seqs[i] = seqs[parent];
      callbacks[i] = callbacks[parent];
      i = parent;
    }
    times[i] = time;
    seqs[i] = seq;
    callbacks[i] = callback;
  }

  /** Runs callbacks in (time, sequence) order while their time is < until. */
  run(until = Infinity): void {
    const times = this.times;
    const seqs = this.seqs;
    const callbacks = this.callbacks;
    while (times.length > 0 && times[0] < until) {
      const callback = callbacks[0];
      this.now = times[0];
      const lastTime = times.pop()!;
      const lastSeq = seqs.pop()!;
      const lastCallback = callbacks.pop()!;
      const n = times.length;
      if (n > 0) {
        let i = 0;
        for (;;) {
          let child = 2 * i + 1;
          if (child >= n) break;
          const right = child + 1;
          if (right < n && (times[right] < times[child] || (times[right] === times[child] && seqs[right] < seqs[child]))) {
            child = right;
          }
          if (lastTime < times[child] || (lastTime === times[child] && lastSeq < seqs[child])) break;
          times[i] = times[child];
          seqs[i] = seqs[child];
          callbacks[i] = callbacks[child];
          i = child;
        }
        times[i] = lastTime;
        seqs[i] = lastSeq;
        callbacks[i] = lastCallback;
      }
      callback();
    }
    if (until !== Infinity) this.now = until;
  }
}
