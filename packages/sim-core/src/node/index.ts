/**
 * @machi/sim-core/node — what only Node can do: a pool of worker threads to spread Monte Carlo blocks
 * over the cores. The main entry stays browser-safe.
 */
export { WorkerPool, workerScript, type WorkerPoolOptions } from './worker-pool.ts';
export { serveTasks, type TaskReply } from './serve-tasks.ts';
