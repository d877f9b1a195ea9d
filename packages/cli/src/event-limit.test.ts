import { EventLimitError } from '@machi/sim-core';
import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error.ts';
import { eventLimitError } from './event-limit.ts';
import { en } from './locales/en.ts';
import { ja } from './locales/ja.ts';

describe('eventLimitError(error, t)', () => {
  const thrown = new EventLimitError(10_000, 8760 * 3 + 0.5, 'Callback(arrivals hardware.registry)');

  it('words an EventLimitError of this thread as invalid input, with the year counted from 1', () => {
    expect(eventLimitError(thrown, en)).toEqual(
      new CliError(
        1,
        'the simulation stopped: more than 10,000 events in simulated year 4 (next due: Callback(arrivals hardware.registry)). The presets take a few hundred a year at most: a rate or count in the scenario is far too high',
      ),
    );
    expect(eventLimitError(thrown, ja)?.message).toBe(
      'シミュレーションを中止しました: 模擬年 4 の事象が 10,000 件を超えました（次の事象: Callback(arrivals hardware.registry)）。プリセットでも年に数百件までです。シナリオの発生率や人数・台数が大きすぎます',
    );
  });

  it("recognises one from a worker thread, where only the error's fields arrive, as its cause", () => {
    const fromWorker = new Error('EventLimitError: more than 10000 events', { cause: { name: 'EventLimitError', message: '…', limit: 10_000, time: 5, subject: 'Process(repair registry)' } });
    expect(eventLimitError(fromWorker, en)?.message).toContain('in simulated year 1 (next due: Process(repair registry))');
  });

  it('leaves every other error alone', () => {
    expect(eventLimitError(new RangeError('x'), en)).toBeUndefined();
    expect(eventLimitError(new Error('x', { cause: { name: 'EventLimitError' } }), en)).toBeUndefined();
    expect(eventLimitError('text', en)).toBeUndefined();
  });
});
