export { loadScenario } from './load-scenario.ts';
export { scenarioJsonSchema } from './scenario-json-schema.ts';
