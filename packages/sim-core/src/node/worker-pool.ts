import { Worker, type ResourceLimits } from 'node:worker_threads';

export interface WorkerPoolOptions {
  /** The worker's module (it calls `serveTasks`). A `.ts` source is loaded through tsx (see `workerScript`). */
  readonly module: URL;
  /** Number of worker threads (a positive integer). */
  readonly size: number;
  /** Handed to every worker once, at start (structured clone): e.g. the scenario it runs. */
  readonly workerData?: unknown;
  /** Node options of the workers; default `['--conditions=source']` for a `.ts` source, none otherwise. */
  readonly execArgv?: readonly string[];
  /** Heap limits of each worker (Node's `resourceLimits`); a worker that exceeds them fails its task. */
  readonly resourceLimits?: ResourceLimits;
}

interface Pending {
  readonly task: unknown;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
}

/** What a worker's `serveTasks` posts back for one task. */
interface Reply {
  readonly ok: boolean;
  readonly value: unknown;
  readonly error?: string;
  readonly data?: Record<string, unknown>;
}

interface Slot {
  readonly worker: Worker;
  current?: Pending;
}

/**
 * A fixed set of worker threads running one module. `run(task)` hands a task to the next idle worker
 * (tasks wait in submission order) and resolves with its result. Results come back in completion
 * order; callers that need determinism place them by their own index (as `runBlocks` does). A task
 * whose handler threw rejects with an Error whose message is the thrown `Name: message` and whose
 * `cause` is the thrown error's name, message and own fields as plain data. A worker that crashes
 * rejects its task and every waiting one. `close()` terminates the workers at once,
 * abandoning tasks in flight (their promises never settle).
 *
 * @example
 * const pool = new WorkerPool({ module: new URL('./square.worker.ts', import.meta.url), size: 2 });
 * await pool.run(7); // 49
 * await pool.close();
 */
export class WorkerPool<Task = unknown, Result = unknown> {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private failure?: Error;
  private closed = false;

  constructor(options: WorkerPoolOptions) {
    if (!Number.isSafeInteger(options.size) || options.size < 1) {
      throw new RangeError(`size must be a positive integer, got ${options.size}`);
    }
    const script = workerScript(options.module);
    const execArgv = [...(options.execArgv ?? script.execArgv)];
    for (let i = 0; i < options.size; i++) {
      const worker = new Worker(script.source, { eval: script.eval, workerData: options.workerData, execArgv, resourceLimits: options.resourceLimits });
      const slot: Slot = { worker };
      worker.on('message', (message: Reply) => this.done(slot, message));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (!this.closed) this.fail(new Error(`a worker stopped with exit code ${code}`));
      });
      this.slots.push(slot);
    }
  }

  /** Runs `task` on the next idle worker; `transfer` lists buffers moved rather than copied. */
  run(task: Task): Promise<Result> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<Result>((resolve, reject) => {
      this.queue.push({ task, resolve: resolve as (value: unknown) => void, reject });
      this.dispatch();
    });
  }

  /** Terminates every worker. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.current) continue;
      slot.current = this.queue.shift()!;
      slot.worker.postMessage(slot.current.task);
    }
  }

  private done(slot: Slot, message: Reply): void {
    const pending = slot.current;
    slot.current = undefined;
    if (pending) {
      if (message.ok) pending.resolve(message.value);
      else pending.reject(new Error(message.error, { cause: message.data }));
    }
    this.dispatch();
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    for (const slot of this.slots) {
      slot.current?.reject(error);
      slot.current = undefined;
    }
    for (const pending of this.queue.splice(0)) pending.reject(error);
  }
}

/**
 * How to start a worker on `module`. JavaScript starts as it is, and so does TypeScript under Deno. A
 * TypeScript source under Node (tests, examples, `pnpm` scripts running from sources) starts from a
 * two-line script that registers tsx's loader and then imports it, with the `source` export condition so that it imports the workspace packages from their
 * sources as its parent does. (Node 20 ignores `--import` in a worker's `execArgv`, so the usual
 * `--import tsx` does not reach the worker.)
 */
export function workerScript(module: URL): { source: string | URL; eval: boolean; execArgv: string[] } {
  if (!module.pathname.endsWith('.ts') || runsTypeScript()) return { source: module, eval: false, execArgv: [] };
  const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const source = `import(${api}).then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); });`;
  return { source, eval: true, execArgv: ['--conditions=source'] };
}

/**
 * Whether this runtime loads TypeScript itself: Deno does (and passes its own `--conditions` to workers),
 * and tsx's loader hooks never finish registering there — a worker started through them waits forever.
 */
function runsTypeScript(): boolean {
  return 'Deno' in globalThis;
}
