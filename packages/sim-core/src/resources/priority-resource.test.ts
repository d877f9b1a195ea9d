import { describe, it, expect } from 'vitest';
import { Environment } from '../engine/index.ts';
import { PriorityResource } from './priority-resource.ts';
import { holder, type Log } from './test-support.ts';

describe('PriorityResource', () => {
  it('serves waiting requests by priority, lower number first, FIFO among ties', () => {
    const env = new Environment();
    const vendor = new PriorityResource(env, { name: 'vendor-engineer' });
    const log: Log = [];
    holder(env, vendor, log, 'holder', 0, 5, 5);
    holder(env, vendor, log, 'groupware', 1, 1, 2);
    holder(env, vendor, log, 'registry', 2, 1, 0);
    holder(env, vendor, log, 'mail', 3, 1, 2);
    holder(env, vendor, log, 'tax', 3, 1, 0);
    env.run();
    expect(log.filter(([, , what]) => what === 'got')).toEqual([
      [0, 'holder', 'got'],
      [5, 'registry', 'got'],
      [6, 'tax', 'got'],
      [7, 'groupware', 'got'],
      [8, 'mail', 'got'],
    ]);
    expect(String(vendor)).toBe('PriorityResource(vendor-engineer 0/1 busy, 0 waiting)');
  });

  it('rejects a priority that is not a finite number', () => {
    const env = new Environment();
    expect(() => new PriorityResource(env).request({ priority: NaN })).toThrow(new RangeError('priority must be a finite number, got NaN'));
  });
});
