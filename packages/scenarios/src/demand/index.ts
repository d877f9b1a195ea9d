export { CombinedDemand } from './combined-demand.ts';
export type { Demand, DemandChannel } from './demand.ts';
export { DemandProfile, type DemandProfileOptions } from './demand-profile.ts';
export { SurgeProfile, surgeRequests, type SurgeOptions } from './surge-profile.ts';
