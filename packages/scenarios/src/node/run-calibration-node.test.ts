import { describe, expect, it } from 'vitest';
import { calibrate as inProcess, calibrationScenarios } from '../calibration/index.ts';
import { calibrate } from './run-calibration-node.ts';

describe('calibrate over worker threads', () => {
  it('gives the same bytes in-process and on 2 worker threads', async () => {
    const scenarios = calibrationScenarios();
    const options = { runs: 6, seed: 5, horizonYears: 2, blockSize: 2 };
    const expected = JSON.stringify(await inProcess(scenarios, options));
    expect(JSON.stringify(await calibrate(scenarios, { ...options, workers: 2 }))).toBe(expected);
    expect(JSON.stringify(await calibrate(scenarios, { ...options, workers: 1 }))).toBe(expected);
    // Two worker starts, each compiling the model: tens of seconds on a busy machine.
  }, 300_000);
  it('refuses a bad worker count', async () => {
    await expect(calibrate(calibrationScenarios(), { runs: 1, seed: 1, workers: 0 })).rejects.toThrow(/workers must be a positive integer/);
  });
});
