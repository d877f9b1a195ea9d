import { describe, it, expect } from 'vitest';
import { Environment } from '../engine/index.ts';
import { PriorityResource } from './priority-resource.ts';
import { logOf, user } from './test-support.ts';

describe('PriorityResource', () => {
  it('serves waiting requests by priority, lower number first, FIFO among ties', () => {
    const env = new Environment();
    const vendor = new PriorityResource(env, { name: 'vendor-engineer' });
    const jobs = [['holder', 0, 5, 5], ['groupware', 1, 1, 2], ['registry', 2, 1, 0], ['mail', 3, 1, 2], ['tax', 3, 1, 0]] as const;
    const log = logOf((env, log) => {
      for (const [name, arrive, hours, priority] of jobs) env.process(user(env, log, vendor, name, arrive, hours, { priority }));
    }, undefined, env);
    expect(log.filter(([, , what]) => what === 'got').map(([t, name]) => `${t} ${name}`)).toEqual(['0 holder', '5 registry', '6 tax', '7 groupware', '8 mail']);
    expect(String(vendor)).toBe('PriorityResource(vendor-engineer 0/1 busy, 0 waiting)');
  });

  it('rejects a priority that is not a finite number', () => {
    const env = new Environment();
    expect(() => new PriorityResource(env).request({ priority: NaN })).toThrow(new RangeError('priority must be a finite number, got NaN'));
  });
});
