import { scenarioJsonSchema } from '@machi/scenarios';
import { expect, it } from 'vitest';
import { machi } from './test-support.ts';

it('machi schema prints the scenario JSON Schema as valid 2-space JSON with $schema', async () => {
  const result = await machi(['schema']);
  expect(result.code).toBe(0);
  const schema = JSON.parse(result.stdout);
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  expect(schema.title).toBe('Machi scenario');
  expect(result.stdout).toBe(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
});
