import { describe, it, expect } from 'vitest';
import { Environment } from '../engine/index.ts';
import { PriorityResource } from './priority-resource.ts';
import type { Request } from './request.ts';

describe('PriorityResource', () => {
  it('serves waiting requests by priority, lower number first, FIFO among ties', () => {
    const env = new Environment();
    const vendor = new PriorityResource(env, { name: 'vendor-engineer' });
    const log: [number, string][] = [];
    const job = (name: string, arriveAt: number, priority: number, hours: number): void => {
      env.process(function* () {
        yield env.timeout(arriveAt);
        const req: Request = yield vendor.request({ priority });
        log.push([env.now, name]);
        yield env.timeout(hours);
        vendor.release(req);
      }, name);
    };
    job('holder', 0, 5, 5);
    job('groupware', 1, 2, 1);
    job('registry', 2, 0, 1);
    job('mail', 3, 2, 1);
    job('tax', 3, 0, 1);
    env.run();
    expect(log).toEqual([
      [0, 'holder'],
      [5, 'registry'],
      [6, 'tax'],
      [7, 'groupware'],
      [8, 'mail'],
    ]);
    expect(String(vendor)).toBe('PriorityResource(vendor-engineer 0/1 busy, 0 waiting)');
  });

  it('rejects a priority that is not a finite number', () => {
    const env = new Environment();
    expect(() => new PriorityResource(env).request({ priority: NaN })).toThrow(new RangeError('priority must be a finite number, got NaN'));
  });
});
