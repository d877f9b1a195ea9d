import { scenarioJsonSchema } from '@machi/scenarios';
import { expect, it } from 'vitest';
import { machi } from './test-support.ts';

it('machi schema prints the scenario JSON Schema as valid 2-space JSON with $schema', async () => {
  const result = await machi(['schema', '--lang', 'en']);
  expect(result.code).toBe(0);
  const schema = JSON.parse(result.stdout);
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  expect(schema.title).toBe('Machi scenario');
  expect(result.stdout).toBe(`${JSON.stringify(scenarioJsonSchema('en'), null, 2)}\n`);
});

it('machi schema describes every property in the --lang language (Japanese by default)', async () => {
  const population = (stdout: string) => JSON.parse(stdout).properties.municipality.properties.population;
  expect(population((await machi(['schema'])).stdout)).toMatchObject({ title: '人口', description: '町の住民の数。' });
  expect(population((await machi(['schema', '--lang', 'en'])).stdout)).toMatchObject({ title: 'Population', description: 'Number of residents of the town.' });
});
