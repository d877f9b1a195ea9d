import { isMainThread, parentPort, workerData } from 'node:worker_threads';

/** What a task handler returns: its value, and the buffers to move to the parent rather than copy. */
export interface TaskReply<Result> {
  readonly value: Result;
  readonly transfer?: readonly ArrayBuffer[];
}

/**
 * Makes this worker thread answer `WorkerPool.run` tasks with `handle(task, workerData)`, one at a time.
 * A handler that throws sends the error's message back, rejecting that task only.
 *
 * @throws Error when called outside a worker thread.
 * @example
 * serveTasks((n: number) => ({ value: n * n }));
 */
export function serveTasks<Task, Result, Data = unknown>(handle: (task: Task, data: Data) => TaskReply<Result> | Promise<TaskReply<Result>>): void {
  if (isMainThread || !parentPort) throw new Error('serveTasks must run in a worker thread');
  const port = parentPort;
  port.on('message', async (task: Task) => {
    try {
      const reply = await handle(task, workerData as Data);
      port.postMessage({ ok: true, value: reply.value }, [...(reply.transfer ?? [])]);
    } catch (error) {
      port.postMessage({ ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    }
  });
}
