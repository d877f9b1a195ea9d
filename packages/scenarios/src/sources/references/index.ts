import type { Reference } from '../reference.ts';
import { CONTINUITY_REFERENCES } from './continuity.ts';
import { COST_REFERENCES } from './costs.ts';
import { DEMOGRAPHY_REFERENCES } from './demography.ts';
import { HAZARD_REFERENCES } from './hazards.ts';
import { INCIDENT_REFERENCES } from './incidents.ts';
import { LAW_REFERENCES } from './law.ts';
import { OUTAGE_REFERENCES } from './outages.ts';
import { PEOPLE_COSTS_REFERENCES } from './people-costs.ts';
import { FLOOD_REFERENCES } from './flood.ts';
import { TYPHOON_FIRE_REFERENCES } from './typhoon-fire.ts';
import { OPERATIONS_REFERENCES } from './operations.ts';
import { CALIBRATION_REFERENCES } from './calibration.ts';
import { PRACTICE_REFERENCES } from './practice.ts';
import { SEISMOLOGY_REFERENCES } from './seismology.ts';
import { CENSUS_REFERENCES } from './census.ts';
import { SERVICE_DEMAND_REFERENCES } from './src-services.ts';
import { SRC_COSTS_REFERENCES } from './src-costs.ts';
import { SRC_OPS_REFERENCES } from './src-ops.ts';
import { NATURE_REFERENCES } from './src-nature.ts';
import { SRC_LEAKS_REFERENCES } from './src-leaks.ts';
import { CYBER_REFERENCES } from './src-cyber.ts';
import { S6_COSTS_REFERENCES } from './s6-costs.ts';
import { SITE_GROUND_REFERENCES } from './s6-frag.ts';
import { SRC_HAZARDS_REFERENCES } from './s6-hazards.ts';
import { S6_CYBER_REFERENCES } from './s6-cyber.ts';
import { PEOPLE_REFERENCES } from './s6-people.ts';
import { S6_LEAKS_REFERENCES } from './s6-leaks.ts';
import { S6_OPS_REFERENCES } from './s6-ops.ts';
import { R3_OPS_REFERENCES } from './r3-ops.ts';
import { R3_NATURE_REFERENCES } from './r3-nature.ts';
import { R3_PEOPLE_REFERENCES } from './r3-people.ts';
import { R3_CYBER_REFERENCES } from './r3-cyber.ts';
import { R3_LEAKS_REFERENCES } from './r3-leaks.ts';
import { S7_SERVICES_REFERENCES } from './s7-services.ts';
import { S7_NET_REFERENCES } from './s7-net.ts';
import { S7_PEOPLE_REFERENCES } from './s7-people.ts';
import { S7_BUDGET_REFERENCES } from './s7-budget.ts';
import { S7_COSTS_REFERENCES } from './s7-costs.ts';
import { S7_OPS_REFERENCES } from './s7-ops.ts';
import { S7_LEAKS_REFERENCES } from './s7-leaks.ts';
import { S7_NATURE_REFERENCES } from './s7-nature.ts';

/**
 * Every reference the presets, the policy and the model cite. Each topic keeps its references in its own
 * file beside this one; add the file's list here.
 */
export const REFERENCES: readonly Reference[] = [
  ...LAW_REFERENCES,
  ...INCIDENT_REFERENCES,
  ...OUTAGE_REFERENCES,
  ...CONTINUITY_REFERENCES,
  ...COST_REFERENCES,
  ...DEMOGRAPHY_REFERENCES,
  ...HAZARD_REFERENCES,
  ...PEOPLE_COSTS_REFERENCES,
  ...FLOOD_REFERENCES,
  ...TYPHOON_FIRE_REFERENCES,
  ...OPERATIONS_REFERENCES,
  ...CALIBRATION_REFERENCES,
  ...PRACTICE_REFERENCES,
  ...SEISMOLOGY_REFERENCES,
  ...CENSUS_REFERENCES,
  ...SERVICE_DEMAND_REFERENCES,
  ...SRC_COSTS_REFERENCES,
  ...SRC_OPS_REFERENCES,
  ...NATURE_REFERENCES,
  ...SRC_LEAKS_REFERENCES,
  ...CYBER_REFERENCES,
  ...S6_COSTS_REFERENCES,
  ...SITE_GROUND_REFERENCES,
  ...SRC_HAZARDS_REFERENCES,
  ...S6_CYBER_REFERENCES,
  ...PEOPLE_REFERENCES,
  ...S6_LEAKS_REFERENCES,
  ...S6_OPS_REFERENCES,
  ...R3_OPS_REFERENCES,
  ...R3_NATURE_REFERENCES,
  ...R3_PEOPLE_REFERENCES,
  ...R3_CYBER_REFERENCES,
  ...R3_LEAKS_REFERENCES,
  ...S7_SERVICES_REFERENCES,
  ...S7_NET_REFERENCES,
  ...S7_PEOPLE_REFERENCES,
  ...S7_BUDGET_REFERENCES,
  ...S7_COSTS_REFERENCES,
  ...S7_OPS_REFERENCES,
  ...S7_LEAKS_REFERENCES,
  ...S7_NATURE_REFERENCES,
];
