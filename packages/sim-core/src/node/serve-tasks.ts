import { isMainThread, parentPort, workerData } from 'node:worker_threads';

/** What a task handler returns: its value, and the buffers to move to the parent rather than copy. */
export interface TaskReply<Result> {
  readonly value: Result;
  readonly transfer?: readonly ArrayBuffer[];
}

/**
 * Makes this worker thread answer `WorkerPool.run` tasks with `handle(task, workerData)`, one at a time.
 * A handler that throws sends the error back, rejecting that task only: its `Name: message`, and its
 * name, message and own primitive fields as plain data (an error's class does not cross threads).
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
      port.postMessage({ ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error), data: errorData(error) });
    }
  });
}

/** An error's name, message and own primitive fields (e.g. `time`, `subject`), which survive a structured clone. */
function errorData(error: unknown): Record<string, string | number | boolean> | undefined {
  if (!(error instanceof Error)) return undefined;
  const data: Record<string, string | number | boolean> = { name: error.name, message: error.message };
  for (const [key, value] of Object.entries(error)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') data[key] = value;
  }
  return data;
}
