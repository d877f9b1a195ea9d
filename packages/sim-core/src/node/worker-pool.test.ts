import { describe, expect, it } from 'vitest';
import { WorkerPool, workerScript } from './worker-pool.ts';

const module = new URL('./fixtures/square.worker.ts', import.meta.url);

describe('WorkerPool', () => {
  it('runs tasks on worker threads from the TypeScript source and returns transferred buffers', async () => {
    const pool = new WorkerPool<number, { label: string; square: Float64Array }>({ module, size: 2, workerData: { label: 'sq' } });
    try {
      const results = await Promise.all([1, 2, 3, 4, 5].map((n) => pool.run(n)));
      expect(results.map((r) => r.square[0])).toEqual([1, 4, 9, 16, 25]);
      expect(results.every((r) => r.label === 'sq' && r.square instanceof Float64Array)).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('rejects only the task whose handler threw', async () => {
    const pool = new WorkerPool<number, { square: Float64Array }>({ module, size: 1, workerData: { label: '' } });
    try {
      await expect(pool.run(-2)).rejects.toThrow('RangeError: negative: -2');
      // The thrown error's own fields come back as data: its class stays in the worker.
      await expect(pool.run(-3)).rejects.toMatchObject({ cause: { name: 'RangeError', message: 'negative: -3', value: -3 } });
      expect((await pool.run(3)).square[0]).toBe(9);
    } finally {
      await pool.close();
    }
  });

  it('rejects the waiting tasks when a worker dies', async () => {
    const pool = new WorkerPool<number, unknown>({ module, size: 1, workerData: { label: '' } });
    try {
      const dying = pool.run(999);
      const waiting = pool.run(2);
      await expect(dying).rejects.toThrow('exit code 3');
      await expect(waiting).rejects.toThrow('exit code 3');
    } finally {
      await pool.close();
    }
  });

  it('refuses work once closed', async () => {
    const pool = new WorkerPool<number, unknown>({ module, size: 1, workerData: { label: '' } });
    await pool.close();
    await expect(pool.run(1)).rejects.toThrow('closed');
  });

  it('loads TypeScript workers through tsx and JavaScript ones as they are', () => {
    expect(workerScript(new URL('file:///w/worker.js'))).toEqual({ source: new URL('file:///w/worker.js'), eval: false, execArgv: [] });
    const script = workerScript(new URL('file:///w/worker.ts'));
    expect(script.eval).toBe(true);
    expect(script.source).toMatch(/^import\("file:.*tsx.*"\)\.then\(.*import\("file:\/\/\/w\/worker\.ts"\)/);
    expect(script.execArgv).toEqual(['--conditions=source']);
  });
});
