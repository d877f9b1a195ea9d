export { eventsAfterHorizon, type EventAfterHorizon } from './events-after-horizon.ts';
export { loadScenario, type LoadScenarioOptions } from './load-scenario.ts';
export { scenarioJsonSchema } from './scenario-json-schema.ts';
export { unreachableRegions, type UnreachableRegion } from './unreachable-regions.ts';
